import { applyOperation, createHistory, validateJourneyMap } from "@journeykit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bistroMap } from "../../test/bistro-map.js";
import { analyzeEvidence } from "../analysis/analyze-evidence.js";
import { detectColumns } from "../columns/detect-columns.js";
import { readTable } from "../table/read-table.js";
import { applyEvidence } from "./apply-evidence.js";

const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;

/** Survey rows: a date, an NPS answer (sometimes off the scale or missing), a stage name or junk, a comment. */
const surveyRows = fc.array(
  fc.record({
    day: fc.integer({ min: 1, max: 60 }),
    nps: fc.oneof(fc.integer({ min: 0, max: 10 }).map(String), fc.constantFrom("N/A", "", "11", "7,5")),
    csat: fc.oneof(fc.integer({ min: 1, max: 5 }).map(String), fc.constantFrom("", "9")),
    stage: fc.constantFrom("Book", "Order", "Eat", "Pay", "Dessert", ""),
    persona: fc.constantFrom("Regular", "Tourist", ""),
    comment: fc.oneof(
      fc.constantFrom(
        "The soup was cold and awful",
        "Lovely staff, great evening",
        "Paying took forever, call +44 20 7946 0958",
        "Booking app crashed",
        "",
      ),
      fc.string({ maxLength: 60 }),
    ),
  }),
  { maxLength: 40 },
);

describe("applyEvidence (property)", () => {
  it("any survey gives a valid map, one undo step back to the original, no raw phone numbers", async () => {
    await fc.assert(
      fc.asyncProperty(surveyRows, async (rows) => {
        const text = [
          "Timestamp,How likely are you to recommend us?,How satisfied were you with paying?,Stage,Visitor,Comment",
          ...rows.map((r) =>
            [
              `2026-${String(1 + Math.floor(r.day / 30)).padStart(2, "0")}-${String(1 + (r.day % 28)).padStart(2, "0")}`,
              r.nps,
              r.csat,
              r.stage,
              r.persona,
              r.comment,
            ]
              .map(quote)
              .join(","),
          ),
        ].join("\n");
        const map = bistroMap();
        const table = await readTable(text);
        const analysis = analyzeEvidence(map, table, detectColumns(table, map), {
          now: new Date("2026-04-01T00:00:00Z"),
        });
        const { map: next, patches, inversePatches } = applyOperation(map, applyEvidence, analysis);
        const valid = validateJourneyMap(next);
        expect(valid.ok, JSON.stringify(!valid.ok && valid.errors)).toBe(true);
        const history = createHistory();
        history.record({ patches, inversePatches });
        expect(history.undo(next)).toEqual(map);
        expect(JSON.stringify(next)).not.toContain("7946 0958");
        // A second import of the same rows keeps one metric per kind and place.
        const again = applyEvidence(next, analyzeEvidence(next, table, detectColumns(table, next)));
        const keys = again.metrics.map((m) => `${m.kind}|${m.stageId}|${m.touchpointId}|${m.label}`);
        expect(new Set(keys).size).toBe(keys.length);
        expect(validateJourneyMap(again).ok).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

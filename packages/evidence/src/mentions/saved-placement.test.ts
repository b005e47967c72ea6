import { SOURCE_COLUMN_ROLES, validateJourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { dentalMap } from "../../test/dental-map.js";
import { analyzeEvidence } from "../analysis/analyze-evidence.js";
import type { EvidenceAnalysis } from "../analysis/evidence-analysis.js";
import { applyEvidence } from "../apply/apply-evidence.js";
import { COLUMN_ROLES } from "../columns/column-mapping.js";
import { detectColumns } from "../columns/detect-columns.js";
import { readTable } from "../table/read-table.js";
import { defaultMentionRules, type MentionRule } from "./mention-rules.js";
import { previousPlacement } from "./saved-placement.js";

const HEADERS =
  "Submitted,How likely are you to recommend us to a friend?,Anything else you want to tell us?";
const csv = (rows: [string, number, string][]) =>
  [HEADERS, ...rows.map(([date, score, text]) => `${date},${score},"${text}"`)].join("\n");

const march = csv([
  ["2026-03-02", 3, "The x-ray machine broke twice"],
  ["2026-03-03", 2, "No parking anywhere near"],
  ["2026-03-04", 9, "Receptionist was lovely"],
  ["2026-03-05", 1, "The bill was wrong"],
  ["2026-03-06", 8, "Hygienist was gentle"],
  ["2026-03-07", 4, "Parking fine cost more than the visit"],
]);
const april = csv([
  ["2026-04-01", 2, "Parking again, circled for 20 minutes"],
  ["2026-04-02", 10, "Hygienist explained everything"],
  ["2026-04-03", 6, "The receptionist forgot my name"],
  ["2026-04-08", 3, "Second x-ray because the first was blurry"],
  ["2026-04-09", 0, "Invoice had the wrong amount"],
  ["2026-04-10", 9, "Nice music"],
]);

/** The consultant's edits in the dialog: words the stage names never say. */
const edited = (defaults: MentionRule[]): MentionRule[] => [
  ...defaults,
  { stageId: "wait", keywords: ["parking", "receptionist"] },
  { stageId: "treat", keywords: ["x-ray", "hygienist"] },
];

const placedOn = (analysis: EvidenceAnalysis) =>
  Object.fromEntries(analysis.stages.map((s) => [s.stageId, s.rows]));

describe("a monthly re-import reuses the first import's placement", () => {
  it("every column role the evidence package knows can be saved with a source (core's SOURCE_COLUMN_ROLES)", () => {
    expect([...SOURCE_COLUMN_ROLES].sort()).toEqual([...COLUMN_ROLES].sort());
  });

  it("writes the mapping and rules used into the source it adds", async () => {
    const map = dentalMap();
    const table = await readTable(march);
    const rules = edited(defaultMentionRules(map));
    const next = applyEvidence(map, analyzeEvidence(map, table, detectColumns(table, map), { rules }));
    const source = next.sources[0]!;
    expect(source.rules).toEqual(rules);
    expect(source.mapping?.columns.map((c) => [c.header, c.role])).toEqual([
      ["Submitted", "date"],
      ["How likely are you to recommend us to a friend?", "nps"],
      ["Anything else you want to tell us?", "comment"],
    ]);
  });

  it("month 2, a different file with the same headers and no rules given, places rows as month 1's rules do", async () => {
    const map = dentalMap();
    const first = await readTable(march);
    const rules = edited(defaultMentionRules(map));
    const withMarch = applyEvidence(map, analyzeEvidence(map, first, detectColumns(first, map), { rules }));

    const second = await readTable(april);
    const previous = previousPlacement(withMarch, second.headers);
    expect(previous?.source.name).toBe("Survey import");
    expect(previous?.rules).toEqual(rules);
    const reused = analyzeEvidence(withMarch, second, previous!.mapping, {
      ...(previous?.rules ? { rules: previous.rules } : {}),
    });
    const withMonth1Rules = analyzeEvidence(withMarch, second, detectColumns(second, map), { rules });
    expect(placedOn(reused)).toEqual(placedOn(withMonth1Rules));
    expect(placedOn(reused)).toEqual({ find: 0, book: 0, wait: 2, treat: 2, pay: 1 });
    // The test would see a forgotten placement: the defaults put parking, receptionist and x-ray nowhere.
    const defaults = analyzeEvidence(withMarch, second, detectColumns(second, map));
    expect(placedOn(defaults)).not.toEqual(placedOn(reused));
  });

  it("reuses nothing for a file of another kind, and moves columns found under other positions", async () => {
    const map = dentalMap();
    const first = await readTable(march);
    const withMarch = applyEvidence(map, analyzeEvidence(map, first, detectColumns(first, map)));
    expect(previousPlacement(withMarch, ["Date", "Score", "Comment"])).toBeUndefined();
    const moved = previousPlacement(withMarch, [
      "Anything else you want to tell us?",
      "submitted",
      "How likely are you to recommend us to a friend?",
    ]);
    expect(moved?.mapping.columns.map((c) => [c.index, c.role])).toEqual([
      [1, "date"],
      [2, "nps"],
      [0, "comment"],
    ]);
    expect(moved?.mapping.columns[0]?.reason).toBe("reused from Survey import");
  });

  it("keeps the saved placement within the format's limits: a 1,200-column table, a 600-letter keyword", () => {
    const map = dentalMap();
    const headers = Array.from({ length: 1200 }, (_, i) => `Q${i}`);
    const table = {
      headers,
      rows: [headers.map((_, i) => (i === 0 ? "9" : "x"))],
      shape: "generic" as const,
      headerRows: 1,
      format: "csv" as const,
      warnings: [],
    };
    const columns = headers.map((_, i) => ({
      index: i,
      role: i === 0 ? ("nps" as const) : ("ignore" as const),
    }));
    const rules = [{ stageId: "pay", keywords: ["y".repeat(600)] }];
    const next = applyEvidence(map, analyzeEvidence(map, table, { columns }, { rules }));
    expect(validateJourneyMap(next).ok).toBe(true);
    expect(next.sources[0]?.mapping?.columns).toHaveLength(1000);
    expect(next.sources[0]?.rules?.[0]?.keywords[0]).toHaveLength(500);
    expect(previousPlacement(next, headers)?.mapping.columns[0]?.role).toBe("nps");
  });

  it("the latest matching source wins, and rules naming a deleted stage are left out", async () => {
    const map = dentalMap();
    const table = await readTable(march);
    const mapping = detectColumns(table, map);
    const one = applyEvidence(
      map,
      analyzeEvidence(map, table, mapping, {
        rules: [{ stageId: "pay", keywords: ["bill"] }],
        now: new Date("2026-04-01"),
      }),
    );
    const two = applyEvidence(
      one,
      analyzeEvidence(one, table, mapping, {
        rules: [
          { stageId: "wait", keywords: ["parking"] },
          { stageId: "find", keywords: ["google"] },
        ],
        sourceName: "march-survey.csv",
        now: new Date("2026-04-02"),
      }),
    );
    const withoutFind = { ...two, stages: two.stages.filter((s) => s.id !== "find") };
    const previous = previousPlacement(withoutFind, table.headers);
    expect(previous?.source.name).toBe("march-survey.csv");
    expect(previous?.rules).toEqual([{ stageId: "wait", keywords: ["parking"] }]);
  });
});

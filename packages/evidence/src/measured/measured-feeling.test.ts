import { createJourneyMap, type JourneyMap } from "@journeykit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeEvidence } from "../analysis/analyze-evidence.js";
import { measuredFeeling } from "../analysis/emotion-from-evidence.js";
import { applyEvidence } from "../apply/apply-evidence.js";
import type { ColumnMapping } from "../columns/column-mapping.js";
import { readTable } from "../table/read-table.js";
import { assumptionGaps } from "./assumption-gaps.js";
import { measuredEmotion } from "./measured-emotion.js";

describe("measuredFeeling", () => {
  it("takes the ratings and leaves comment sentiment out when a stage was rated", () => {
    const feeling = measuredFeeling([
      { kind: "NPS", value: -39, margin: 24, n: 51 },
      { kind: "sentiment", value: 0.4, margin: 0.1, n: 51 },
    ]);
    expect(feeling).toEqual({
      value: -1.2,
      margin: 0.7,
      score: -1,
      basis: "ratings",
      from: [{ kind: "NPS", value: -39, margin: 24, n: 51 }],
      n: 51,
    });
  });

  it("uses comment sentiment only where no one rated the stage", () => {
    expect(measuredFeeling([{ kind: "sentiment", value: -0.5, margin: 0.1, n: 12 }])).toMatchObject({
      value: -1.5,
      margin: 0.3,
      basis: "comments",
    });
    expect(measuredFeeling([])).toBeUndefined();
  });

  it("places each rating on −3..+3 as documented, and averages several", () => {
    const one = (kind: "NPS" | "CSAT" | "CES" | "stars", value: number) =>
      measuredFeeling([{ kind, value, n: 10 }])!.value;
    expect([one("NPS", -100), one("NPS", 100), one("CSAT", 50), one("CSAT", 100), one("CES", 7)]).toEqual([
      -3, 3, 0, 3, 3,
    ]);
    expect([one("stars", 1), one("stars", 4)]).toEqual([-3, 1.5]);
    expect(
      measuredFeeling([
        { kind: "NPS", value: -50, n: 9 },
        { kind: "stars", value: 4, n: 9 },
      ])!.value,
    ).toBe(0);
  });

  it("never reads better than neutral where every rating is below its middle, whatever the comments say", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -100, max: -1, noNaN: true }),
        fc.double({ min: 0, max: 49, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        (nps, csat, sentiment) => {
          const feeling = measuredFeeling([
            { kind: "NPS", value: nps, n: 30 },
            { kind: "CSAT", value: csat, n: 30 },
            { kind: "sentiment", value: sentiment, n: 30 },
          ])!;
          expect(feeling.value).toBeLessThanOrEqual(0);
          expect(feeling.score).toBeLessThanOrEqual(0);
        },
      ),
    );
  });
});

/**
 * A dental practice's post-visit survey: which part of the visit, the NPS question, a comment. "Arrive &
 * wait" is rated badly (NPS −39, n=51) and commented with factual complaints a word list reads as
 * neutral; "Book" is rated a little above neutral; the room drew +1 and 0 there.
 */
function dentalPractice(): { map: JourneyMap; csv: string } {
  const base = createJourneyMap({
    id: "dental",
    title: "Smile Studio",
    now: new Date("2026-03-01T00:00:00Z"),
  });
  const persona = { ...base.personas[0]!, id: "patient", name: "Patient" };
  const map: JourneyMap = {
    ...base,
    personas: [persona],
    stages: [
      { id: "book", name: "Book" },
      { id: "arrive", name: "Arrive & wait" },
      { id: "treat", name: "Treatment" },
    ],
    touchpoints: [],
    emotions: [
      { id: "e1", personaId: "patient", stageId: "book", score: 0 },
      { id: "e2", personaId: "patient", stageId: "arrive", score: 1 },
      { id: "e3", personaId: "patient", stageId: "treat", score: 2 },
    ],
  };
  const complaints = [
    "Waited 25 minutes past my appointment time",
    "Nobody told us the dentist was running late",
    "Sat in the waiting room for 40 minutes",
    "Had to fill in the same paper form again",
    "The receptionist was on the phone the whole time",
    "Parking took 15 minutes to find",
  ];
  const rows: string[] = ["Stage,How likely are you to recommend us? (0-10),Comment"];
  // Arrive & wait: 8 promoters, 15 passives, 28 detractors: NPS = 100 × (8 − 28) / 51 = −39.
  const arrive = [...Array(8).fill(9), ...Array(15).fill(7), ...Array(28).fill(4)];
  for (const [i, score] of arrive.entries())
    rows.push(`Arrive & wait,${score},"${complaints[i % complaints.length]}"`);
  // Book: 9 promoters, 15 passives, 6 detractors: NPS +10, n=30.
  const book = [...Array(9).fill(10), ...Array(15).fill(8), ...Array(6).fill(5)];
  for (const score of book) rows.push(`Book,${score},Booked online`);
  return { map, csv: rows.join("\n") };
}

describe("the measured curve and where the data disagrees, on a dental practice's survey", () => {
  it("reads Arrive & wait as negative from its NPS, and says so with the numbers", async () => {
    const { map, csv } = dentalPractice();
    const table = await readTable(csv);
    const mapping: ColumnMapping = {
      columns: [
        { index: 0, role: "stage" },
        { index: 1, role: "nps" },
        { index: 2, role: "comment" },
      ],
    };
    const analysis = analyzeEvidence(map, table, mapping, { now: new Date("2026-03-20T00:00:00Z") });
    const next = applyEvidence(map, analysis);
    const arrive = measuredEmotion(next, "patient").find((e) => e.stageId === "arrive")!;
    expect(arrive.measured).toBeLessThan(0);
    expect(arrive.feeling).toMatchObject({ value: -1.2, basis: "ratings", n: 51 });

    const gaps = assumptionGaps(next);
    // Book: the room's 0 lies inside +0.3 ±0.8 (NPS +10 ±25, n=30): not a disagreement.
    expect(gaps.map((g) => g.stageId)).toEqual(["arrive"]);
    expect(gaps[0]!.gap).toBeLessThan(0);
    expect(gaps[0]!.summary).toMatch(/^the room: \+1; customers: −1\.2 ±0\.\d, from NPS −39 ±\d+, n=51$/);
  });
});

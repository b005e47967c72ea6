import { describe, expect, it } from "vitest";
import { bistroMap, fixture } from "../../test/bistro-map.js";
import { detectColumns } from "../columns/detect-columns.js";
import { readTable } from "../table/read-table.js";
import { analyzeEvidence } from "./analyze-evidence.js";

const now = new Date("2026-04-10T08:00:00Z");

async function analyze(file: string, map = bistroMap(), options = {}) {
  const table = await readTable(fixture(file));
  return analyzeEvidence(map, table, detectColumns(table, map), { now, sourceName: file, ...options });
}

describe("analyzeEvidence", () => {
  it("Google Forms: overall NPS and CSAT as computed by hand, with n and margins, by month", async () => {
    const analysis = await analyze("google-forms.csv");
    const nps = analysis.metrics.find((m) => m.kind === "NPS" && m.stageId === undefined)!;
    // 11 answers (one N/A): 5 promoters, 4 detractors; February 2 and 2 of 5, March 3 and 2 of 6.
    expect(nps).toMatchObject({
      value: 9.1,
      sampleSize: 11,
      marginOfError: 53.2,
      sourceId: analysis.source.id,
    });
    expect(nps.series).toEqual([
      { date: "2026-02-01", value: 0, sampleSize: 5 },
      { date: "2026-03-01", value: Math.round(((3 - 2) / 6) * 1000) / 10, sampleSize: 6 },
    ]);
    const csat = analysis.metrics.find((m) => m.kind === "CSAT" && m.stageId === undefined)!;
    expect(csat).toMatchObject({ value: 50, sampleSize: 12, marginOfError: 24.6 });
    // The "Eat" stage: CSAT answers 2, 3, 1, 2, 5 -> one satisfied of five.
    expect(analysis.metrics.find((m) => m.kind === "CSAT" && m.stageId === "eat")).toMatchObject({
      value: 20,
      sampleSize: 5,
    });
    expect(analysis.source).toMatchObject({
      kind: "survey",
      name: "google-forms.csv",
      rowCount: 12,
      period: { from: "2026-02-14", to: "2026-03-28" },
      importedAt: "2026-04-10T08:00:00.000Z",
    });
    expect(analysis.rows).toEqual({ total: 12, used: 12, unassigned: 0 });
  });

  it("never changes the map or the mapping it is given", async () => {
    const map = bistroMap();
    const table = await readTable(fixture("surveymonkey.csv"));
    const mapping = detectColumns(table, map);
    mapping.columns[7]!.stageId = "gone";
    const [mapBefore, mappingBefore] = [structuredClone(map), structuredClone(mapping)];
    const analysis = analyzeEvidence(map, table, mapping, { now });
    expect(analysis.warnings).toContain(
      'column "How satisfied were you with ordering?": no stage with id "gone"; read as overall',
    );
    expect(map).toEqual(mapBefore);
    expect(mapping).toEqual(mappingBefore);
  });

  it("keeps stage metrics of fewer than five answers out", async () => {
    const analysis = await analyze("google-forms.csv");
    expect(analysis.metrics.some((m) => m.stageId === "order")).toBe(false);
  });

  it("quotes: a few per stage, redacted, most negative first", async () => {
    const analysis = await analyze("google-forms.csv");
    const eat = analysis.quotes.filter((q) => q.stageId === "eat");
    expect(eat.length).toBeGreaterThan(0);
    expect(eat.length).toBeLessThanOrEqual(5);
    expect(eat[0]!.sentiment).toBeLessThan(0);
    const all = analysis.quotes.map((q) => q.text).join(" ");
    expect(all).not.toMatch(/@example\.com|7946/);
    expect(JSON.stringify(analysis)).not.toContain("angry.diner");
    expect(JSON.stringify(analysis)).not.toContain("7946 0958");
  });

  it("themes and a pain point from the negative theme of a stage, linked to its quotes", async () => {
    const analysis = await analyze("google-forms.csv");
    const eat = analysis.stages.find((s) => s.stageId === "eat")!;
    expect(eat.themes[0]).toMatchObject({ term: "cold", count: 4 });
    const pain = analysis.painPoints.find((p) => p.theme.term === "cold")!;
    expect(pain.stageId).toBe("eat");
    expect(pain.quoteIds.length).toBeGreaterThan(0);
    for (const id of pain.quoteIds) expect(analysis.quotes.find((q) => q.id === id)?.tags).toContain("cold");
  });

  it("measured emotion: the Eat stage reads negative where the room drew +2, from its ratings", async () => {
    const analysis = await analyze("google-forms.csv");
    const eat = analysis.emotions.find((e) => e.personaId === "regular" && e.stageId === "eat");
    // NPS −50 → −1.5 and CSAT 20% → −1.8 on the emotion scale; their mean −1.65; margins (2.5, 1.8) averaged.
    expect(eat).toMatchObject({ score: -2, value: -1.6, margin: 2.2, basis: "ratings", n: 5 });
    expect(eat!.from.map((f) => f.kind)).toEqual(["NPS", "CSAT"]);
  });

  it("SurveyMonkey: per-persona curves from the visitor column, and the driver analysis flags paying", async () => {
    const analysis = await analyze("surveymonkey.csv");
    const pay = analysis.emotions.filter((e) => e.stageId === "pay");
    expect(pay.find((e) => e.personaId === "tourist")!.score).toBeLessThan(
      pay.find((e) => e.personaId === "regular")!.score,
    );
    const driver = analysis.drivers.find((d) => d.stageId === "pay")!;
    expect(driver.correlation).toBeGreaterThan(0.9);
    expect(driver.n).toBe(14);
    expect(analysis.moments).toHaveLength(1);
    expect(analysis.moments[0]).toMatchObject({ stageId: "pay", importance: 5 });
    // A CSAT about one stage is that stage's metric over every row.
    expect(analysis.metrics.find((m) => m.kind === "CSAT" && m.stageId === "pay")).toMatchObject({
      sampleSize: 14,
    });
  });

  it("Typeform: CES 1-7 about booking, mean and t margin", async () => {
    const analysis = await analyze("typeform.csv");
    // 7, 6, 2, 5, 3, 7: mean 5.
    expect(analysis.metrics.find((m) => m.kind === "CES")).toMatchObject({
      stageId: "book",
      value: 5,
      sampleSize: 6,
      marginOfError: 2.2,
    });
  });

  it("reviews without a stage column: rows placed by editable mention rules, the rest counted as unassigned", async () => {
    const rules = [
      { stageId: "eat", keywords: ["soup", "food", "main course", "waiter"] },
      { stageId: "pay", keywords: ["bill"] },
    ];
    const analysis = await analyze("reviews.csv", bistroMap(), { rules });
    expect(analysis.source.kind).toBe("reviews");
    const eat = analysis.stages.find((s) => s.stageId === "eat")!;
    expect(eat.rows).toBe(5);
    // "Nice place, booking was easy" and "Perfect dinner, great wine" mention no rule; "Food ok, the
    // bill took a long time" names eating and paying alike: on neither, never on both. "Cold food,
    // rude waiter, long wait for the bill" names eating twice: eat.
    expect(analysis.rows.unassigned).toBe(3);
    expect(analysis.placement).toMatchObject({ several: 1, unplaced: 2 });
    expect(analysis.placement?.stages.find((s) => s.stageId === "pay")).toMatchObject({
      byRule: 0,
      several: 1,
    });
    expect(analysis.warnings).toContain(
      "3 of 8 rows placed on no stage (they count in the overall figures only)",
    );
    expect(analysis.metrics.find((m) => m.kind === "custom" && m.stageId === "eat")).toMatchObject({
      label: "Average rating (1-5)",
      sampleSize: 5,
    });
  });

  it("a German export against a German map: stage names match, answers off the scale are counted", async () => {
    const map = bistroMap("de");
    map.stages = [
      { id: "order", name: "Bestellen" },
      { id: "eat", name: "Essen" },
      { id: "pay", name: "Bezahlen" },
    ];
    map.touchpoints = [];
    map.emotions = [];
    const analysis = await analyze("messy-semicolon-windows1252.csv", map);
    expect(analysis.stages.map((s) => s.rows)).toEqual([3, 4, 2]);
    expect(analysis.warnings).toContain(
      'column "Zufriedenheit": 1 answer not on the 1-5 scale left out (correct the scale if the survey changed it)',
    );
    const eat = analysis.metrics.find((m) => m.kind === "sentiment" && m.stageId === undefined)!;
    expect(eat.sampleSize).toBe(9);
  });

  it("names stage values that match no stage", async () => {
    const analysis = await analyze("messy-semicolon-windows1252.csv");
    expect(analysis.warnings[0]).toMatch(/^stage column: 3 values match no stage of the map \("Essen" ×4/);
  });

  it("weekly series when asked", async () => {
    const analysis = await analyze("google-forms.csv", bistroMap(), { period: "week" });
    const nps = analysis.metrics.find((m) => m.kind === "NPS" && m.stageId === undefined)!;
    expect(nps.series?.[0]?.date).toBe("2026-02-09");
  });
});

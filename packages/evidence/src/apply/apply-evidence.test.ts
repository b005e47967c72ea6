import { applyOperation, createHistory, validateJourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { bistroMap, fixture } from "../../test/bistro-map.js";
import { analyzeEvidence } from "../analysis/analyze-evidence.js";
import { detectColumns } from "../columns/detect-columns.js";
import { assumptionGaps } from "../measured/assumption-gaps.js";
import { measuredEmotion } from "../measured/measured-emotion.js";
import { readTable } from "../table/read-table.js";
import { applyEvidence } from "./apply-evidence.js";

async function analysisOf(
  text: string | Uint8Array,
  map = bistroMap(),
  now = new Date("2026-04-10T08:00:00Z"),
) {
  const table = await readTable(text);
  return analyzeEvidence(map, table, detectColumns(table, map), { now, sourceName: "Post-visit survey" });
}

describe("applyEvidence", () => {
  it("adds the source, metrics, quotes, measured points, pain points: a valid map, one undoable edit", async () => {
    const map = bistroMap();
    const analysis = await analysisOf(fixture("google-forms.csv"), map);
    const { map: next, patches, inversePatches } = applyOperation(map, applyEvidence, analysis);
    expect(validateJourneyMap(next)).toMatchObject({ ok: true, warnings: [] });
    expect(next.sources).toHaveLength(1);
    expect(next.metrics.length).toBe(analysis.metrics.length);
    expect(next.quotes.length).toBe(analysis.quotes.length);
    expect(next.emotions.filter((e) => e.evidence === "measured")).toHaveLength(analysis.emotions.length);
    const card = next.cards.find((c) => c.tags?.includes("cold"))!;
    expect(card).toMatchObject({ stageId: "eat", evidence: "measured" });
    const mark = card.meta?.journeykitEvidence as { theme: string; quoteIds: string[] } | undefined;
    expect(mark?.theme).toBe("cold");
    expect(mark?.quoteIds.every((id) => next.quotes.some((q) => q.id === id))).toBe(true);
    expect(mark?.quoteIds.length).toBeGreaterThan(0);
    // One step: undo in the history removes all of it, redo brings it all back.
    const history = createHistory();
    history.record({ patches, inversePatches });
    const undone = history.undo(next);
    expect(undone).toEqual(map);
    expect(history.redo(undone)).toEqual(next);
  });

  it("a pain point left out brings none of its quotes; the stages' own quotes stay", async () => {
    const map = bistroMap();
    const analysis = await analysisOf(fixture("google-forms.csv"), map);
    const stageQuotes = new Set(analysis.stages.flatMap((s) => s.quoteIds));
    const onlyPainPoint = analysis.painPoints.flatMap((p) => p.quoteIds).filter((id) => !stageQuotes.has(id));
    expect(onlyPainPoint.length).toBeGreaterThan(0);
    const without = applyEvidence(map, { ...analysis, painPoints: [] });
    expect(without.quotes.map((q) => q.id).sort()).toEqual([...stageQuotes].sort());
    const withAll = applyEvidence(map, analysis);
    for (const id of onlyPainPoint) expect(withAll.quotes.some((q) => q.id === id)).toBe(true);
  });

  it("never stores raw rows: only aggregates and chosen quotes", async () => {
    const map = bistroMap();
    const next = applyEvidence(map, await analysisOf(fixture("google-forms.csv"), map));
    const text = JSON.stringify(next);
    expect(text).not.toContain("Quick to order");
    expect(text).not.toContain("angry.diner@example.com");
    expect(text).not.toContain("2/14/2026 19:04:11");
  });

  it("a re-import of a newer export appends to the series instead of duplicating metrics", async () => {
    const map = bistroMap();
    const march =
      "Timestamp,How likely are you to recommend us?,Comment\n3/2/2026,9,Great\n3/9/2026,10,Lovely\n3/16/2026,4,Slow\n";
    const april =
      "Timestamp,How likely are you to recommend us?,Comment\n4/2/2026,10,Great\n4/9/2026,10,Lovely\n4/16/2026,9,Nice\n";
    const first = applyEvidence(map, await analysisOf(march, map));
    const second = applyEvidence(first, await analysisOf(april, first, new Date("2026-05-01T00:00:00Z")));
    const nps = second.metrics.filter((m) => m.kind === "NPS");
    expect(nps).toHaveLength(1);
    expect(nps[0]!.series).toEqual([
      { date: "2026-03-01", value: Math.round(((2 - 1) / 3) * 1000) / 10, sampleSize: 3 },
      { date: "2026-04-01", value: 100, sampleSize: 3 },
    ]);
    expect(nps[0]).toMatchObject({ value: 100, sampleSize: 3, sourceId: second.sources[1]!.id });
    expect(second.sources).toHaveLength(2);
    expect(validateJourneyMap(second).ok).toBe(true);
  });

  it("the same export imported again replaces its points (same dates) and keeps one metric", async () => {
    const map = bistroMap();
    const text = new TextDecoder().decode(fixture("google-forms.csv"));
    const once = applyEvidence(map, await analysisOf(text, map));
    const twice = applyEvidence(once, await analysisOf(text, once));
    const nps = twice.metrics.filter((m) => m.kind === "NPS" && m.stageId === undefined);
    expect(nps).toHaveLength(1);
    expect(nps[0]!.series).toHaveLength(2);
    expect(twice.cards.filter((c) => c.tags?.includes("cold"))).toHaveLength(1);
    expect(twice.emotions.filter((e) => e.evidence === "measured")).toHaveLength(
      once.emotions.filter((e) => e.evidence === "measured").length,
    );
  });

  it("applying one analysis twice changes nothing the second time", async () => {
    const map = bistroMap();
    const analysis = await analysisOf(fixture("google-forms.csv"), map);
    const once = applyEvidence(map, analysis);
    expect(applyEvidence(once, analysis)).toBe(once);
  });

  it("skips what refers to a stage removed since the preview", async () => {
    const map = bistroMap();
    const analysis = await analysisOf(fixture("google-forms.csv"), map);
    const without = {
      ...map,
      stages: map.stages.filter((s) => s.id !== "eat"),
      emotions: map.emotions.filter((e) => e.stageId !== "eat"),
    };
    const next = applyEvidence(without, analysis);
    expect(validateJourneyMap(next).ok).toBe(true);
    expect(next.quotes.some((q) => q.stageId === "eat")).toBe(false);
  });

  it("adds a moment of truth from the driver analysis", async () => {
    const map = bistroMap();
    const next = applyEvidence(map, await analysisOf(fixture("surveymonkey.csv"), map));
    expect(next.momentsOfTruth).toEqual([
      expect.objectContaining({ stageId: "pay", kind: "custom", importance: 5, outcome: "fail" }),
    ]);
  });
});

describe("measuredEmotion and assumptionGaps", () => {
  it("the measured curve sits beside the assumed one; the gap at Eat is reported with its evidence", async () => {
    const map = bistroMap();
    const next = applyEvidence(map, await analysisOf(fixture("google-forms.csv"), map));
    const curve = measuredEmotion(next, "regular");
    expect(curve.find((e) => e.stageId === "eat")).toMatchObject({ assumed: 2, measured: -2 });
    expect(curve.find((e) => e.stageId === "book")).toMatchObject({ assumed: 1, measured: null });
    const gaps = assumptionGaps(next);
    expect(gaps.map((g) => [g.stageId, g.assumed, g.measured, g.gap])).toEqual([["eat", 2, -1.6, -3.6]]);
    expect(gaps[0]!.summary).toBe(
      "the room: +2; customers: −1.6 ±2.2, from NPS −50 ±85 and CSAT 20% ±29, n=5",
    );
    expect(gaps[0]!.evidence.metrics.every((m) => m.stageId === "eat" && m.sourceId)).toBe(true);
    expect(gaps[0]!.evidence.quotes[0]!.sentiment).toBeLessThan(0);
  });

  it("no gap under 2 points, none without measurement", () => {
    expect(assumptionGaps(bistroMap())).toEqual([]);
    const map = bistroMap();
    map.emotions.push({ id: "m", personaId: "regular", stageId: "eat", score: 1, evidence: "measured" });
    expect(assumptionGaps(map)).toEqual([]);
  });
});

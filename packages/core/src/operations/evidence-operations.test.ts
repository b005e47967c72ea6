import { applyPatches } from "immer";
import { describe, expect, it } from "vitest";
import { emotionCurve } from "../analytics/emotion-curve.js";
import { validateJourneyMap } from "../parse/validate-journey-map.js";
import { createJourneyMap, type JourneyMap } from "../records/journey-map.js";
import { createQuote } from "../records/quote.js";
import { createSource } from "../records/source.js";
import { applyOperation } from "./apply-operation.js";
import type { Operation } from "./define-operation.js";
import { setEmotion } from "./emotion-operations.js";
import { addMetric, updateMetric } from "./metric-operations.js";
import { removePersona } from "./persona-operations.js";
import { addQuote, removeQuote, updateQuote } from "./quote-operations.js";
import { addSource, removeSource, updateSource } from "./source-operations.js";
import { removeStage } from "./stage-operations.js";
import { moveTouchpoint, removeTouchpoint } from "./touchpoint-operations.js";

/** A map with a survey source, a metric and quotes computed from it. */
function fixture(): JourneyMap {
  const map = createJourneyMap({ id: "m", now: new Date("2026-03-01T00:00:00Z") });
  return {
    ...map,
    personas: [{ ...map.personas[0]!, id: "p1" }],
    stages: [
      { id: "s1", name: "Order" },
      { id: "s2", name: "Eat" },
    ],
    touchpoints: [{ id: "t1", stageId: "s2", name: "Table", channel: "in-store" }],
    metrics: [
      {
        id: "k1",
        kind: "NPS",
        stageId: "s2",
        value: 12,
        sampleSize: 240,
        marginOfError: 9.8,
        sourceId: "src1",
        series: [
          { date: "2026-01-01", value: 4, sampleSize: 200 },
          { date: "2026-02-01", value: 12, sampleSize: 240 },
        ],
      },
    ],
    sources: [
      {
        id: "src1",
        kind: "survey",
        name: "Post-visit survey",
        importedAt: "2026-03-01T09:00:00.000Z",
        rowCount: 440,
        period: { from: "2026-01-01", to: "2026-02-28" },
      },
    ],
    quotes: [
      {
        id: "q1",
        text: "The soup came cold.",
        stageId: "s2",
        touchpointId: "t1",
        sourceId: "src1",
        sentiment: -0.5,
      },
      { id: "q2", text: "Ordering was easy.", stageId: "s1", personaId: "p1", score: 9, scale: "nps" },
      { id: "q3", text: "Table by the door, freezing.", touchpointId: "t1", date: "2026-02-03" },
    ],
  };
}

/** Run an operation and check immer's two undo invariants on its patches. */
function run<A>(map: JourneyMap, operation: Operation<A>, args: A): JourneyMap {
  const { map: next, patches, inversePatches } = applyOperation(map, operation, args);
  expect(applyPatches(map, patches)).toEqual(next);
  expect(applyPatches(next, inversePatches)).toEqual(map);
  return next;
}

describe("format version 2 records", () => {
  it("a map with sources, quotes, a metric series and margin validates without warnings", () => {
    expect(validateJourneyMap(fixture())).toMatchObject({ ok: true, warnings: [] });
  });

  it("names a quote's missing stage, touchpoint of another stage and missing source", () => {
    const map = fixture();
    map.quotes = [
      { id: "q1", text: "x", stageId: "nope" },
      { id: "q2", text: "x", stageId: "s1", touchpointId: "t1" },
      { id: "q3", text: "x", sourceId: "gone" },
    ];
    map.metrics[0]!.sourceId = "gone";
    const result = validateJourneyMap(map);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        path: "metrics[0].sourceId",
        message: 'no source with id "gone"',
        at: { collection: "metrics", index: 0, field: "sourceId" },
      },
      {
        path: "quotes[0].stageId",
        message: 'no stage with id "nope"',
        at: { collection: "quotes", index: 0, field: "stageId" },
      },
      {
        path: "quotes[1].touchpointId",
        message: 'touchpoint "t1" belongs to stage "s2", not "s1"',
        at: { collection: "quotes", index: 1, field: "touchpointId" },
      },
      {
        path: "quotes[2].sourceId",
        message: 'no source with id "gone"',
        at: { collection: "quotes", index: 2, field: "sourceId" },
      },
    ]);
  });

  it("refuses a series whose dates go back, or whose value is outside the kind's range", () => {
    const map = fixture();
    map.metrics[0]!.series = [
      { date: "2026-02-01", value: 12 },
      { date: "2026-01-01", value: 140 },
    ];
    const result = validateJourneyMap(map);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual([
      "metrics[0].series[1].value",
      "metrics[0].series[1].date",
    ]);
    expect(result.errors[1]?.message).toMatch(/dates must ascend/);
  });

  it("refuses a negative margin of error and a sentiment outside -1..1", () => {
    const map = fixture();
    map.metrics[0]!.marginOfError = -2;
    map.quotes[0]!.sentiment = 1.5;
    const result = validateJourneyMap(map);
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual([
      "metrics[0].marginOfError",
      "quotes[0].sentiment",
    ]);
  });
});

describe("source and quote operations", () => {
  it("adds, updates and removes a source; removing it keeps the metrics and quotes, unnamed", () => {
    const source = createSource({
      kind: "reviews",
      name: "Google reviews",
      now: new Date("2026-03-02T00:00:00Z"),
    });
    let map = run(fixture(), addSource, { record: source });
    expect(map.sources.map((s) => s.id)).toEqual(["src1", source.id]);
    map = run(map, updateSource, { id: source.id, changes: { rowCount: 86 } });
    expect(map.sources[1]?.rowCount).toBe(86);
    map = run(map, removeSource, { id: "src1" });
    expect(map.sources.map((s) => s.id)).toEqual([source.id]);
    expect(map.metrics[0]?.sourceId).toBeUndefined();
    expect(map.metrics[0]?.series).toHaveLength(2);
    expect(map.quotes.map((q) => q.sourceId)).toEqual([undefined, undefined, undefined]);
    expect(validateJourneyMap(map).ok).toBe(true);
  });

  it("refuses a source with a period that ends before it starts", () => {
    const bad = createSource({ kind: "survey", name: "x", period: { from: "2026-03-01", to: "2026-01-01" } });
    const result = applyOperation(fixture(), addSource, { record: bad });
    expect(result.patches).toEqual([]);
    expect(result.refused?.[0]?.message).toMatch(/period.from must not be after period.to/);
  });

  it("adds, updates and removes a quote; refuses one naming a source that does not exist", () => {
    const quote = createQuote({ text: "Waited 20 minutes for the bill.", stageId: "s2", sourceId: "src1" });
    let map = run(fixture(), addQuote, { record: quote });
    map = run(map, updateQuote, { id: quote.id, changes: { tags: ["bill", "wait"], sentiment: -0.4 } });
    expect(map.quotes.at(-1)).toMatchObject({ tags: ["bill", "wait"], sentiment: -0.4 });
    expect(applyOperation(map, updateQuote, { id: quote.id, changes: { sourceId: "nope" } }).patches).toEqual(
      [],
    );
    expect(
      applyOperation(map, addQuote, { record: createQuote({ text: "x", sourceId: "nope" }) }).patches,
    ).toEqual([]);
    map = run(map, removeQuote, { id: quote.id });
    expect(map.quotes).toHaveLength(3);
  });

  it("a metric may name a source and carry its series; naming a missing source is refused", () => {
    const map = run(fixture(), addMetric, {
      record: { id: "k2", kind: "CSAT", value: 81, marginOfError: 4.2, sourceId: "src1" },
    });
    expect(map.metrics[1]).toMatchObject({ sourceId: "src1", marginOfError: 4.2 });
    expect(applyOperation(map, updateMetric, { id: "k2", changes: { sourceId: "x" } }).patches).toEqual([]);
  });
});

describe("what refers to a removed stage, touchpoint or persona", () => {
  it("removing a stage removes its quotes and those of its touchpoints", () => {
    const map = run(fixture(), removeStage, { id: "s2" });
    expect(map.quotes.map((q) => q.id)).toEqual(["q2"]);
    expect(validateJourneyMap(map).ok).toBe(true);
  });

  it("removing a touchpoint detaches its quotes; a quote of the touchpoint alone stays on its stage", () => {
    const map = run(fixture(), removeTouchpoint, { id: "t1" });
    expect(map.quotes.find((q) => q.id === "q1")).toMatchObject({ stageId: "s2" });
    expect(map.quotes.find((q) => q.id === "q1")?.touchpointId).toBeUndefined();
    expect(map.quotes.find((q) => q.id === "q3")).toMatchObject({ stageId: "s2" });
    expect(validateJourneyMap(map).ok).toBe(true);
  });

  it("moving a touchpoint to another stage takes its quotes along (the touchpoint-only quote too)", () => {
    const map = run(fixture(), moveTouchpoint, { id: "t1", stageId: "s1" });
    expect(map.quotes.map((q) => [q.stageId, q.touchpointId])).toEqual([
      ["s1", "t1"],
      ["s1", undefined],
      [undefined, "t1"],
    ]);
    expect(validateJourneyMap(map).ok).toBe(true);
  });

  it("removing a persona detaches its quotes", () => {
    const map = run(fixture(), removePersona, { id: "p1" });
    expect(map.quotes.find((q) => q.id === "q2")?.personaId).toBeUndefined();
    expect(validateJourneyMap(map).ok).toBe(true);
  });
});

describe("measured emotion points", () => {
  it("sit beside the room's point for the same persona and stage; the room's curve ignores them", () => {
    let map = run(fixture(), setEmotion, { personaId: "p1", stageId: "s2", score: 2 });
    map = run(map, setEmotion, { personaId: "p1", stageId: "s2", score: -2, evidence: "measured" });
    expect(map.emotions.map((e) => [e.score, e.evidence])).toEqual([
      [2, undefined],
      [-2, "measured"],
    ]);
    expect(validateJourneyMap(map)).toMatchObject({ ok: true, warnings: [] });
    expect(emotionCurve(map, "p1").map((e) => e.score)).toEqual([null, 2]);
    map = run(map, setEmotion, { personaId: "p1", stageId: "s2", score: -3, evidence: "measured" });
    expect(map.emotions.map((e) => e.score)).toEqual([2, -3]);
  });

  it("two measured points for the same persona and stage are reported", () => {
    const map = fixture();
    map.emotions = [
      { id: "e1", personaId: "p1", stageId: "s1", score: 1, evidence: "measured" },
      { id: "e2", personaId: "p1", stageId: "s1", score: 2, evidence: "measured" },
    ];
    const result = validateJourneyMap(map);
    expect(result.ok && result.warnings).toEqual([
      {
        path: "emotions[1]",
        message: "a second measured score for the same persona and stage (also emotions[0])",
        at: { collection: "emotions", index: 1 },
      },
    ]);
  });
});

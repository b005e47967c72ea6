import { describe, expect, it } from "vitest";
import { createJourneyMap, type JourneyMap } from "../records/journey-map.js";
import { compareMaps } from "./compare-maps.js";
import { emotionCurve } from "./emotion-curve.js";
import { momentsAtRisk } from "./moments-at-risk.js";
import { painHotspots } from "./pain-hotspots.js";

function fixture(): JourneyMap {
  const map = createJourneyMap({ id: "m", now: new Date("2026-01-01T00:00:00Z") });
  return {
    ...map,
    personas: [
      { ...map.personas[0]!, id: "p1", name: "Maya" },
      { ...map.personas[0]!, id: "p2", name: "Tom" },
    ],
    stages: [
      { id: "s1", name: "Order" },
      { id: "s2", name: "Wait" },
      { id: "s3", name: "Eat" },
    ],
    lanes: [{ id: "pain", kind: "painPoints", title: "Pain points" }],
    touchpoints: [
      { id: "t1", stageId: "s3", name: "Table", channel: "in-store" },
      { id: "t2", stageId: "s3", name: "Bill", channel: "in-store" },
    ],
    cards: [
      { id: "c1", laneId: "pain", stageId: "s2", text: "Nobody says how long", severity: 4, votes: 5 },
      { id: "c2", laneId: "pain", stageId: "s3", text: "Dish arrives cold", severity: 5 },
      { id: "c3", laneId: "pain", stageId: "s1", text: "Menu is hard to read" },
    ],
    emotions: [
      { id: "e1", personaId: "p1", stageId: "s1", score: 1, emotion: "curious" },
      { id: "e2", personaId: "p1", stageId: "s2", score: -2 },
      { id: "e3", personaId: "p1", stageId: "s3", touchpointId: "t1", score: -3 },
      { id: "e4", personaId: "p1", stageId: "s3", touchpointId: "t2", score: 0 },
      { id: "e5", personaId: "p2", stageId: "s2", score: 0 },
    ],
    momentsOfTruth: [
      { id: "mo1", stageId: "s3", title: "Cold dish", kind: "SMOT", importance: 5, outcome: "fail" },
      { id: "mo2", stageId: "s2", title: "Waiting", kind: "custom", importance: 3, personaIds: ["p1"] },
      { id: "mo3", stageId: "s1", title: "Greeting", kind: "FMOT", importance: 5, outcome: "delight" },
      { id: "mo4", stageId: "s2", title: "Minor", kind: "custom", importance: 2, outcome: "fail" },
    ],
    metrics: [{ id: "k1", kind: "CSAT", value: 60, stageId: "s3" }],
  };
}

describe("emotionCurve", () => {
  it("follows stage order, averages touchpoint points and leaves gaps", () => {
    const curve = emotionCurve(fixture(), "p1");
    expect(curve.map((e) => e.score)).toEqual([1, -2, -1.5]);
    expect(curve[0]!.emotion).toBe("curious");
    expect(curve[2]!.touchpoints.map((t) => t.name)).toEqual(["Table", "Bill"]);
    expect(emotionCurve(fixture(), "p2").map((e) => e.score)).toEqual([null, 0, null]);
  });
});

describe("momentsAtRisk", () => {
  it("ranks important failing or negative moments and says why", () => {
    const risks = momentsAtRisk(fixture());
    expect(risks.map((r) => r.moment.id)).toEqual(["mo1", "mo2"]);
    expect(risks[0]).toMatchObject({ risk: 5 * (1.5 + 3), emotion: -1.5, stageName: "Eat" });
    expect(risks[0]!.reasons).toEqual(["the outcome failed", "the room scores the stage −1.5"]);
    // mo2 counts only its own persona (p1: -2), not Tom's 0.
    expect(risks[1]).toMatchObject({ risk: 6, emotion: -2 });
  });
});

describe("painHotspots", () => {
  it("ranks stages by negativity × severity × importance", () => {
    const hot = painHotspots(fixture());
    expect(hot.map((h) => h.stageId)).toEqual(["s3", "s2", "s1"]);
    // Eat: mean emotion over p1 only (-1.5) → (1 + 1.5) × 5 × 5
    expect(hot[0]).toMatchObject({ heat: 62.5, severity: 5, importance: 5, painPoints: 1 });
    // Wait: mean of -2 and 0 = -1 → 2 × (4 × 1.5) × 3
    expect(hot[1]).toMatchObject({ heat: 36, severity: 6, importance: 3 });
    // Order: no negativity, unrated severity counts 3, importance 5
    expect(hot[2]).toMatchObject({ heat: 15, severity: 3 });
  });
});

describe("compareMaps", () => {
  it("matches stages by name, reports emotion deltas, pain points and metric changes", () => {
    const current = fixture();
    const future: JourneyMap = {
      ...fixture(),
      id: "f",
      state: "future",
      stages: [
        { id: "x1", name: "order" },
        { id: "x2", name: "Wait" },
        { id: "x4", name: "Leave a review" },
      ],
      touchpoints: [],
      cards: [
        { id: "d1", laneId: "pain", stageId: "x2", text: "  nobody says how   LONG " },
        { id: "d2", laneId: "pain", stageId: "x1", text: "Allergens unclear" },
      ],
      emotions: [
        { id: "f1", personaId: "p1", stageId: "x1", score: 2 },
        { id: "f2", personaId: "p1", stageId: "x2", score: 1 },
      ],
      momentsOfTruth: [],
      metrics: [{ id: "k2", kind: "CSAT", value: 80, stageId: "x2" }],
    };
    const diff = compareMaps(current, future);
    expect(diff.stages.map((s) => s.name)).toEqual(["Order", "Wait", "Eat", "Leave a review"]);
    expect(diff.stages[1]!.emotions[0]).toEqual({ persona: "Maya", current: -2, future: 1, delta: 3 });
    expect(diff.stages[0]!.painPointsRemoved).toEqual(["Menu is hard to read"]);
    expect(diff.stages[0]!.painPointsAdded).toEqual(["Allergens unclear"]);
    expect(diff.stages[1]!.painPointsRemoved).toEqual([]);
    expect(diff.stages[2]).toMatchObject({ futureStageId: null, painPointsRemoved: ["Dish arrives cold"] });
    expect(diff.stages[2]!.metrics).toEqual([
      { kind: "CSAT", label: "CSAT", current: 60, future: null, delta: null },
    ]);
    expect(diff.meanEmotionDelta).toBe(2);
    expect(diff).toMatchObject({ painPointsRemoved: 2, painPointsAdded: 1 });
  });
});

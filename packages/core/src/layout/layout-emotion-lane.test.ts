import { describe, expect, it } from "vitest";
import { createJourneyMap, type JourneyMap } from "../records/journey-map.js";
import { layoutJourneyMap } from "./layout-journey-map.js";

function fixture(emotions: JourneyMap["emotions"]): JourneyMap {
  const map = createJourneyMap({ id: "m", title: "Dinner", now: new Date("2026-01-01T00:00:00Z") });
  return {
    ...map,
    personas: [
      { ...map.personas[0]!, id: "p1", name: "Claire", color: "#eb5757" },
      { ...map.personas[0]!, id: "p2", name: "Omar", color: "#2d9cdb" },
    ],
    stages: [
      { id: "s1", name: "Book" },
      { id: "s2", name: "Eat" },
      { id: "s3", name: "Pay" },
    ],
    lanes: [{ id: "l1", kind: "emotions", title: "Emotions" }],
    touchpoints: [{ id: "t1", stageId: "s2", name: "Table", channel: "in-store" }],
    cards: [],
    emotions,
    momentsOfTruth: [],
    metrics: [],
  };
}

const assumed: JourneyMap["emotions"] = [
  { id: "a1", personaId: "p1", stageId: "s1", score: 2 },
  { id: "a2", personaId: "p1", stageId: "s2", score: 1 },
  { id: "a3", personaId: "p1", stageId: "s3", score: 0 },
];

describe("layoutEmotionLane: the measured curve", () => {
  it("lays out a measured curve beside the assumed one, at the same x per stage", () => {
    const layout = layoutJourneyMap(
      fixture([
        ...assumed,
        {
          id: "m1",
          personaId: "p1",
          stageId: "s2",
          score: -2,
          evidence: "measured",
          note: "Measured from 140 responses (survey.csv)",
        },
        { id: "m2", personaId: "p1", stageId: "s3", score: 1, evidence: "measured" },
      ]),
    );
    const lane = layout.emotion!;
    const curve = lane.curves.find((c) => c.personaId === "p1")!;
    expect(curve.points.map((p) => p.score)).toEqual([2, 1, 0]);
    expect(lane.measured).toHaveLength(1);
    const measured = lane.measured[0]!;
    expect(measured).toMatchObject({ personaId: "p1", name: "Claire", color: "#eb5757" });
    expect(measured.points.map((p) => [p.stageId, p.score])).toEqual([
      ["s2", -2],
      ["s3", 1],
    ]);
    expect(measured.points[0]).toMatchObject({ n: 140, source: "survey.csv" });
    expect(measured.points[1]!.n).toBeUndefined();
    const assumedAt = (stageId: string) => curve.points.find((p) => p.stageId === stageId)!;
    expect(measured.points[0]!.x).toBe(assumedAt("s2").x);
    expect(measured.points[1]!.x).toBe(assumedAt("s3").x);
    // -2 sits below +1 (larger y), on the lane's -3..+3 levels.
    const levelY = (score: number) => lane.levels.find((l) => l.score === score)!.y;
    expect(measured.points[0]!.y).toBe(levelY(-2));
    expect(measured.points[1]!.y).toBe(levelY(1));
  });

  it("leaves the assumed curve unchanged by measured points", () => {
    const without = layoutJourneyMap(fixture(assumed)).emotion!;
    const withMeasured = layoutJourneyMap(
      fixture([...assumed, { id: "m1", personaId: "p1", stageId: "s1", score: -3, evidence: "measured" }]),
    ).emotion!;
    expect(withMeasured.curves).toEqual(without.curves);
  });

  it("has no measured curve when the map has no measured points", () => {
    expect(layoutJourneyMap(fixture(assumed)).emotion!.measured).toEqual([]);
  });

  it("averages touchpoint-level measured points of a stage and skips hidden personas", () => {
    const map = fixture([
      { id: "m1", personaId: "p2", stageId: "s2", touchpointId: "t1", score: -1, evidence: "measured" },
      { id: "m2", personaId: "p2", stageId: "s2", touchpointId: "t1", score: -3, evidence: "measured" },
    ]);
    expect(layoutJourneyMap(map).emotion!.measured[0]!.points[0]!.score).toBe(-2);
    expect(layoutJourneyMap(map, { hiddenPersonaIds: ["p2"] }).emotion!.measured).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { createJourneyMap, type JourneyMap } from "../records/journey-map.js";
import { layoutJourneyMap } from "./layout-journey-map.js";

const mono = (text: string) => text.length * 10;

function map(withLane: boolean): JourneyMap {
  const base = createJourneyMap({ id: "m", title: "Tp", now: new Date("2026-01-01T00:00:00Z") });
  return {
    ...base,
    stages: [
      { id: "s1", name: "Order" },
      { id: "s2", name: "Pay" },
    ],
    lanes: [
      { id: "l1", kind: "actions", title: "Actions" },
      ...(withLane ? [{ id: "lt", kind: "touchpoints" as const, title: "Touchpoints" }] : []),
    ],
    touchpoints: [
      { id: "t1", stageId: "s1", name: "App", channel: "mobile-app" },
      { id: "t2", stageId: "s1", name: "A very long touchpoint name that cannot fit", channel: "web" },
      { id: "t3", stageId: "s2", name: "Till", channel: "in-store" },
    ],
    cards: withLane ? [{ id: "c1", laneId: "lt", stageId: "s1", text: "QR code on the table" }] : [],
  };
}

describe("touchpoints in the touchpoints lane", () => {
  const layout = layoutJourneyMap(map(true), { measureText: mono, title: false });
  const lane = layout.lanes.find((l) => l.id === "lt")!;

  it("puts every touchpoint in its stage's cell of the touchpoints lane, in document order", () => {
    expect(layout.touchpoints.map((t) => [t.id, t.stageId, t.laneId])).toEqual([
      ["t1", "s1", "lt"],
      ["t2", "s1", "lt"],
      ["t3", "s2", "lt"],
    ]);
    for (const box of layout.touchpoints) {
      const stage = layout.stages.find((s) => s.id === box.stageId)!;
      expect(box.x).toBeGreaterThanOrEqual(stage.x);
      expect(box.x + box.width).toBeLessThanOrEqual(stage.x + stage.width);
      expect(box.y).toBeGreaterThanOrEqual(lane.y);
      expect(box.y + box.height).toBeLessThanOrEqual(lane.y + lane.height);
    }
    expect(layout.touchpoints[1]!.y).toBeGreaterThan(
      layout.touchpoints[0]!.y + layout.touchpoints[0]!.height,
    );
  });

  it("stacks the cell's cards below its touchpoints, and the lane grows to hold both", () => {
    const card = layout.cards.find((c) => c.id === "c1")!;
    const last = layout.touchpoints[1]!;
    expect(card.y).toBeGreaterThanOrEqual(last.y + last.height);
    expect(card.y + card.height).toBeLessThanOrEqual(lane.y + lane.height);
  });

  it("keeps the channel and the full name, and shortens the shown label with an ellipsis", () => {
    expect(layout.touchpoints[0]).toMatchObject({ name: "App", label: "App", channel: "mobile-app" });
    expect(layout.touchpoints[1]!.name).toBe("A very long touchpoint name that cannot fit");
    expect(layout.touchpoints[1]!.label.endsWith("…")).toBe(true);
  });

  it("wraps a name that does not fit one line to two before it is cut, and makes its box taller", () => {
    const [short, long] = layout.touchpoints;
    expect(short!.lines).toEqual(["App"]);
    expect(short!.height).toBe(32);
    expect(long!.lines).toHaveLength(2);
    expect(long!.lines[1]!.endsWith("…")).toBe(true);
    expect(long!.height).toBe(short!.height + 16);
    const twoWords = layoutJourneyMap(
      { ...map(true), touchpoints: [{ id: "t1", stageId: "s1", name: "Reception phone", channel: "web" }] },
      { measureText: mono, title: false },
    ).touchpoints[0]!;
    expect(twoWords.lines).toEqual(["Reception", "phone"]);
    expect(twoWords.label.endsWith("…")).toBe(true);
  });

  it("puts the next touchpoint, the metric rows and the cell's cards under a two-line box", () => {
    const withMetric = layoutJourneyMap(
      { ...map(true), metrics: [{ id: "m1", kind: "CSAT", touchpointId: "t2", value: 80 }] },
      { measureText: mono, title: false },
    );
    const long = withMetric.touchpoints[1]!;
    const badge = withMetric.metrics.find((m) => m.id === "m1")!;
    expect(badge.y).toBeGreaterThanOrEqual(long.y + long.height);
    const card = withMetric.cards.find((c) => c.id === "c1")!;
    expect(card.y).toBeGreaterThanOrEqual(badge.y + badge.height);
  });

  it("leaves the stage headers without chips when the lane holds the touchpoints", () => {
    expect(layout.stages.every((s) => s.touchpoints.length === 0)).toBe(true);
  });

  it("falls back to header chips when the map has no touchpoints lane", () => {
    const chips = layoutJourneyMap(map(false), { measureText: mono, title: false });
    expect(chips.touchpoints).toEqual([]);
    expect(chips.stages[0]!.touchpoints.map((t) => t.id)).toEqual(["t1", "t2"]);
  });
});

import { describe, expect, it } from "vitest";
import { createJourneyMap, type JourneyMap } from "../records/journey-map.js";
import { layoutJourneyMap } from "./layout-journey-map.js";

const mono = (text: string) => text.length * 7;
const base = createJourneyMap({ id: "m", title: "Metrics", now: new Date("2026-01-01T00:00:00Z") });
const map = (lane: boolean): JourneyMap => ({
  ...base,
  stages: [{ id: "s1", name: "Pay" }],
  lanes: [
    { id: "l1", kind: "actions", title: "Actions" },
    ...(lane ? [{ id: "lm", kind: "metrics" as const, title: "Metrics" }] : []),
  ],
  metrics: [
    { id: "k1", kind: "CSAT", value: 72, target: 80, stageId: "s1" },
    {
      id: "k2",
      kind: "custom",
      label: "Share of guests who would order again next week",
      value: 0.4,
      stageId: "s1",
    },
  ],
});

describe("metric badges", () => {
  it("sit at the foot of their stage header without a metrics lane, labels shortened, full text kept", () => {
    const layout = layoutJourneyMap(map(false), { measureText: mono, title: false });
    const header = layout.stages[0]!.header;
    expect(layout.metrics.map((m) => m.id)).toEqual(["k1", "k2"]);
    for (const m of layout.metrics) {
      expect(m.y).toBeGreaterThan(header.y);
      expect(m.y + m.height).toBeLessThanOrEqual(header.y + header.height);
      expect(m.x + m.width).toBeLessThanOrEqual(header.x + header.width);
    }
    expect(layout.metrics[0]).toMatchObject({ label: "CSAT", value: "72%", belowTarget: true });
    expect(layout.metrics[0]!.fullText).toBe("CSAT 72% (target 80%)");
    expect(layout.metrics[1]!.label.endsWith("…")).toBe(true);
    expect(layout.metrics[1]!.fullText).toBe("Share of guests who would order again next week 0.4");
  });

  it("stack full width in the metrics lane when the map has one", () => {
    const layout = layoutJourneyMap(map(true), { measureText: mono, title: false });
    const lane = layout.lanes.find((l) => l.kind === "metrics")!;
    expect(layout.metrics.every((m) => m.y >= lane.y && m.y + m.height <= lane.y + lane.height)).toBe(true);
    expect(layout.metrics[1]!.y).toBeGreaterThan(layout.metrics[0]!.y);
  });
});

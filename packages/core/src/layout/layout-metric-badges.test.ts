import { describe, expect, it } from "vitest";
import { createJourneyMap, type JourneyMap } from "../records/journey-map.js";
import type { Metric } from "../records/metric.js";
import { layoutJourneyMap } from "./layout-journey-map.js";

const mono = (text: string) => text.length * 7;
const base = createJourneyMap({ id: "m", title: "Metrics", now: new Date("2026-01-01T00:00:00Z") });
const source = { id: "src", kind: "survey" as const, name: "survey.csv", importedAt: "2026-03-01T00:00:00Z" };

function map(
  metrics: Metric[],
  lanes: JourneyMap["lanes"] = [{ id: "l1", kind: "actions", title: "Actions" }],
) {
  return {
    ...base,
    stages: [
      { id: "s1", name: "Pay" },
      { id: "s2", name: "Leave" },
    ],
    lanes,
    touchpoints: [{ id: "tp", stageId: "s1", name: "Card terminal", channel: "in-store" as const }],
    sources: [source],
    metrics,
  };
}

const measured = (init: Partial<Metric> & Pick<Metric, "id" | "kind" | "value">): Metric => ({
  sourceId: "src",
  ...init,
});

describe("metric badges", () => {
  it("list a stage's metrics in its header, measured ones marked, each with its figure", () => {
    const layout = layoutJourneyMap(
      map([
        { id: "typed", kind: "NPS", value: 20, stageId: "s1" },
        measured({
          id: "nps",
          kind: "NPS",
          value: -39.4,
          marginOfError: 24.2,
          sampleSize: 1412,
          stageId: "s1",
        }),
        measured({
          id: "csat",
          kind: "CSAT",
          value: 61.8,
          marginOfError: 9,
          sampleSize: 1412,
          stageId: "s1",
        }),
      ]),
      { measureText: mono, title: false },
    );
    const header = layout.stages[0]!.header;
    expect(layout.metrics.map((m) => [m.id, m.text, m.measured])).toEqual([
      ["nps", "NPS −39 ±24 · n=1,412", true],
      ["typed", "NPS +20", false],
      ["csat", "CSAT 62% ±9 · n=1,412", true],
    ]);
    for (const m of layout.metrics) {
      expect(m.place).toBe("stage");
      expect(m.y).toBeGreaterThan(header.y);
      expect(m.y + m.height).toBeLessThanOrEqual(header.y + header.height);
      expect(m.x + m.width).toBeLessThanOrEqual(header.x + header.width);
    }
    expect(layout.metrics[1]!.y).toBeGreaterThan(layout.metrics[0]!.y);
    expect(layout.metrics[0]!.fullText).toBe(
      "Pay · NPS −39 ±24 · n=1,412 · measured from 1,412 responses (survey.csv)",
    );
  });

  it("shorten the label, never the numbers, and keep the full text", () => {
    const layout = layoutJourneyMap(
      map([
        {
          id: "k",
          kind: "custom",
          label: "Share of guests who would order again next week",
          value: 0.4,
          target: 1,
          stageId: "s1",
        },
      ]),
      { measureText: mono, title: false },
    );
    const badge = layout.metrics[0]!;
    expect(badge.text).toMatch(/^Share of .*… 0\.4$/);
    expect(badge.belowTarget).toBe(true);
    expect(badge.fullText).toBe(
      "Pay · Share of guests who would order again next week 0.4 · below target 1 · typed",
    );
  });

  it("end a list longer than the header's room in '+N more', which lists every metric", () => {
    const kinds = ["NPS", "CSAT", "CES", "sentiment", "retention", "conversion"] as const;
    const layout = layoutJourneyMap(
      map(
        kinds.map((kind, i) => ({
          id: `k${i}`,
          kind,
          value: kind === "CES" ? 4 : kind === "sentiment" ? 0.1 : 50,
          stageId: "s1",
        })),
      ),
      { measureText: mono, title: false },
    );
    expect(layout.metrics.map((m) => m.id)).toEqual(["k0", "k1", "k2"]);
    expect(layout.metricMore).toEqual([
      expect.objectContaining({
        stageId: "s1",
        text: "+3 more",
        hidden: 3,
        metricIds: ["k0", "k1", "k2", "k3", "k4", "k5"],
      }),
    ]);
    expect(layout.metricMore[0]!.y).toBeGreaterThan(layout.metrics[2]!.y);
  });

  it("put a touchpoint's metrics under its box in the touchpoints lane, cards below them", () => {
    const lanes: JourneyMap["lanes"] = [{ id: "lt", kind: "touchpoints", title: "Touchpoints" }];
    const withCard = {
      ...map(
        [measured({ id: "tpn", kind: "NPS", value: 43, sampleSize: 120, stageId: "s1", touchpointId: "tp" })],
        lanes,
      ),
      cards: [{ id: "c", laneId: "lt", stageId: "s1", text: "Note" }],
    };
    const layout = layoutJourneyMap(withCard, { measureText: mono, title: false });
    const box = layout.touchpoints[0]!;
    const badge = layout.metrics[0]!;
    expect(badge).toMatchObject({
      place: "touchpoint",
      touchpointId: "tp",
      stageId: "s1",
      text: "NPS +43 · n=120",
    });
    expect(badge.y).toBeGreaterThanOrEqual(box.y + box.height);
    expect(layout.cards[0]!.y).toBeGreaterThanOrEqual(badge.y + badge.height);
    expect(layout.stages[0]!.header.height).toBe(
      layoutJourneyMap(map([], lanes), { measureText: mono, title: false }).stages[0]!.header.height,
    );
  });

  it("name the touchpoint when its metric sits in the stage's list (no touchpoints lane)", () => {
    const layout = layoutJourneyMap(
      map([{ id: "tpn", kind: "NPS", value: 43, stageId: "s1", touchpointId: "tp" }]),
      {
        measureText: mono,
        title: false,
      },
    );
    expect(layout.metrics[0]).toMatchObject({ place: "stage", text: "Card terminal · NPS +43" });
  });

  it("draw whole-journey metrics in a strip above the stage headers", () => {
    const layout = layoutJourneyMap(
      map([
        measured({ id: "j", kind: "CSAT", value: 74, sampleSize: 2000 }),
        { id: "s", kind: "NPS", value: 5, stageId: "s2" },
      ]),
      {
        measureText: mono,
        title: false,
      },
    );
    const strip = layout.journeyStrip!;
    expect(strip.title).toBe("Whole journey");
    expect(strip.y + strip.height).toBeLessThanOrEqual(layout.headerRow.y);
    const badge = layout.metrics.find((m) => m.id === "j")!;
    expect(badge).toMatchObject({ place: "journey", stageId: undefined, text: "CSAT 74% · n=2,000" });
    expect(badge.y).toBeGreaterThanOrEqual(strip.y);
    expect(badge.x).toBeGreaterThanOrEqual(strip.contentX);
    expect(layoutJourneyMap(map([]), { title: false }).journeyStrip).toBeUndefined();
  });

  it("show the trend when it fits", () => {
    const layout = layoutJourneyMap(
      map([
        {
          id: "t",
          kind: "NPS",
          value: 32,
          stageId: "s1",
          series: [
            { date: "2026-02-01", value: 28 },
            { date: "2026-03-01", value: 32 },
          ],
        },
      ]),
      { measureText: mono, title: false },
    );
    expect(layout.metrics[0]).toMatchObject({
      text: "NPS +32",
      showTrend: true,
      trend: expect.objectContaining({ text: "▲ +4" }),
    });
  });

  it("stack every stage metric in the metrics lane when the map has one", () => {
    const layout = layoutJourneyMap(
      map(
        [
          { id: "a", kind: "CSAT", value: 72, stageId: "s1" },
          { id: "b", kind: "NPS", value: 12, stageId: "s1" },
        ],
        [
          { id: "l1", kind: "actions", title: "Actions" },
          { id: "lm", kind: "metrics", title: "Metrics" },
        ],
      ),
      { measureText: mono, title: false },
    );
    const lane = layout.lanes.find((l) => l.kind === "metrics")!;
    expect(
      layout.metrics.every(
        (m) => m.place === "lane" && m.y >= lane.y && m.y + m.height <= lane.y + lane.height,
      ),
    ).toBe(true);
    expect(layout.metrics.map((m) => m.id)).toEqual(["b", "a"]);
  });
});

import { describe, expect, it } from "vitest";
import { coreDe } from "../i18n/core-messages/de.js";
import { coreEs } from "../i18n/core-messages/es.js";
import { createJourneyMap, type JourneyMap } from "../records/journey-map.js";
import { layoutJourneyMap } from "./layout-journey-map.js";

/** A map with whole-journey and stage metrics, a touchpoint, a quote and blueprint lanes. */
function map(locale?: string): JourneyMap {
  const base = createJourneyMap({ id: "m", title: "Bistro", now: new Date("2026-01-01T00:00:00Z") });
  return {
    ...base,
    ...(locale ? { locale } : {}),
    stages: [{ id: "s1", name: "Pay" }],
    lanes: [
      { id: "l1", kind: "actions", title: "Actions" },
      { id: "l2", kind: "touchpoints", title: "Touchpoints" },
      { id: "l3", kind: "frontstage", title: "Frontstage" },
    ],
    touchpoints: [{ id: "tp", stageId: "s1", name: "Terminal", channel: "in-store" }],
    quotes: [{ id: "q", text: "Cold.", stageId: "s1" }],
    metrics: [
      { id: "j", kind: "NPS", value: 32.4, marginOfError: 6.3, sampleSize: 1412 },
      ...(["NPS", "CSAT", "CES", "sentiment", "retention"] as const).map((kind, i) => ({
        id: `k${i}`,
        kind,
        value: kind === "CES" ? 4.26 : kind === "sentiment" ? 0.1 : 50,
        stageId: "s1",
      })),
    ],
  };
}

describe("layoutJourneyMap's own words", () => {
  it("are English by default, whatever the map's locale", () => {
    const layout = layoutJourneyMap(map("de"));
    expect(layout.journeyStrip?.title).toBe("Whole journey");
    expect(layout.title?.subtitle).toBe("Current state · Customer · 1 stage");
    expect(layout.metricMore[0]?.text).toBe("+2 more");
    expect(layout.stages[0]?.quotes?.text).toBe("1 quote");
    expect(layout.touchpoints[0]?.channelLabel).toBe("In store");
    expect(layout.blueprintLines.map((l) => l.label)).toEqual(["Line of interaction"]);
    // Numbers follow the map's locale when the layout names none.
    expect(layout.metrics.find((m) => m.id === "j")?.text).toBe("NPS +32 ±6 · n=1.412");
  });

  it("are the reader's language with its catalogue, numbers as its locale writes them", () => {
    const layout = layoutJourneyMap(map("en"), { locale: "es", messages: coreEs });
    expect(layout.journeyStrip?.title).toBe("Todo el recorrido");
    expect(layout.title?.subtitle).toBe("Estado actual · Customer · 1 etapa");
    expect(layout.metricMore[0]?.text).toBe("+2 más");
    expect(layout.stages[0]?.quotes?.text).toBe("1 cita");
    expect(layout.touchpoints[0]?.channelLabel).toBe("En tienda");
    expect(layout.blueprintLines.map((l) => l.label)).toEqual(["Línea de interacción"]);
    expect(layout.metrics.find((m) => m.id === "j")?.text).toBe("NPS +32 ±6 · n=1412");
    const ces = layout.metrics.find((m) => m.kind === "CES");
    expect(ces?.text).toMatch(/^CES 4,3\/7/);
  });

  it("measure the translated text: a longer word makes a wider badge", () => {
    const english = layoutJourneyMap(map(), { title: false }).metricMore[0]!;
    const german = layoutJourneyMap(map(), { title: false, locale: "de", messages: coreDe }).metricMore[0]!;
    expect(german.text).toBe("+2 weitere");
    expect(german.width).toBeGreaterThan(english.width);
  });
});

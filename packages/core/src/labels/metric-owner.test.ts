import { describe, expect, it } from "vitest";
import { coreDe } from "../i18n/core-messages/de.js";
import { coreEs } from "../i18n/core-messages/es.js";
import { metricOwner, metricOwnerFigure } from "./metric-owner.js";

const map = {
  stages: [{ id: "pay", name: "Pay and leave" }],
  touchpoints: [{ id: "terminal", stageId: "pay", name: "Card terminal", channel: "in-store" as const }],
};

describe("metricOwner", () => {
  it("is the touchpoint (in its stage), else the stage, else the whole journey", () => {
    expect(metricOwner(map, { stageId: "pay", touchpointId: "terminal" })).toEqual({
      kind: "touchpoint",
      id: "terminal",
      name: "Card terminal",
      stageId: "pay",
    });
    expect(metricOwner(map, { stageId: "pay" })).toMatchObject({ kind: "stage", name: "Pay and leave" });
    expect(metricOwner(map, {})).toEqual({
      kind: "journey",
      id: undefined,
      name: "Whole journey",
      stageId: undefined,
    });
    expect(metricOwner(map, { stageId: "gone", touchpointId: "gone" }).kind).toBe("journey");
  });
});

describe("metricOwnerFigure", () => {
  it("names what the figure measures", () => {
    expect(metricOwnerFigure(map, { kind: "NPS", value: 43, touchpointId: "terminal" })).toBe(
      "Card terminal · NPS +43",
    );
    expect(metricOwnerFigure(map, { kind: "CSAT", value: 74, sampleSize: 2000 })).toBe(
      "Whole journey · CSAT 74% · n=2,000",
    );
  });
});

describe("metricOwner in other languages", () => {
  it("names the whole journey in the locale's language", () => {
    expect(metricOwner(map, {}, { locale: "es", messages: coreEs }).name).toBe("Todo el recorrido");
    expect(
      metricOwnerFigure(
        map,
        { kind: "CSAT", value: 74, sampleSize: 2000 },
        { locale: "de", messages: coreDe },
      ),
    ).toBe("Gesamte Journey · CSAT 74% · n=2.000");
  });
});

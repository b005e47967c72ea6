import { describe, expect, it } from "vitest";
import { coreDe } from "../i18n/core-messages/de.js";
import { coreEs } from "../i18n/core-messages/es.js";
import { coreFr } from "../i18n/core-messages/fr.js";
import { metricDescription } from "./metric-description.js";

const map = {
  stages: [{ id: "pay", name: "Pay and leave" }],
  touchpoints: [],
  sources: [{ id: "src", kind: "survey" as const, name: "survey.csv", importedAt: "2026-03-01" }],
};

describe("metricDescription", () => {
  it("joins owner, figure, trend and provenance of a measured metric", () => {
    expect(
      metricDescription(map, {
        id: "m",
        kind: "NPS",
        stageId: "pay",
        value: -39,
        marginOfError: 24,
        sampleSize: 51,
        sourceId: "src",
        series: [
          { date: "2026-02-01", value: -43 },
          { date: "2026-03-01", value: -39 },
        ],
      }),
    ).toBe(
      "Pay and leave · NPS −39 ±24 · n=51 · up 4 points since 2026-02-01 (−43) · measured from 51 responses (survey.csv)",
    );
  });

  it("says a typed metric is typed and where it stands against its target", () => {
    expect(metricDescription(map, { id: "m", kind: "CSAT", stageId: "pay", value: 72, target: 80 })).toBe(
      "Pay and leave · CSAT 72% · below target 80% · typed",
    );
  });
});

describe("metricDescription in other languages", () => {
  const measured = {
    id: "m",
    kind: "NPS" as const,
    stageId: "pay",
    value: -39,
    marginOfError: 24,
    sampleSize: 1412,
    sourceId: "src",
    series: [
      { date: "2026-02-01", value: -43 },
      { date: "2026-03-01", value: -39 },
    ],
  };

  it("reads in Spanish, German and French, dates and numbers as each writes them", () => {
    expect(metricDescription(map, measured, { locale: "es", messages: coreEs })).toBe(
      "Pay and leave · NPS −39 ±24 · n=1412 · sube 4 puntos desde el 01/02/2026 (−43) · medido a partir de 1412 respuestas (survey.csv)",
    );
    expect(metricDescription(map, measured, { locale: "de", messages: coreDe })).toBe(
      "Pay and leave · NPS −39 ±24 · n=1.412 · um 4 Punkte gestiegen seit 01.02.2026 (−43) · gemessen aus 1.412 Antworten (survey.csv)",
    );
    expect(
      metricDescription(
        map,
        { id: "m", kind: "CSAT", value: 72, target: 80 },
        { locale: "fr", messages: coreFr },
      ),
    ).toBe("Tout le parcours · CSAT 72% · sous l’objectif 80% · saisi à la main");
  });
});

import { describe, expect, it } from "vitest";
import { coreDe } from "../i18n/core-messages/de.js";
import { coreEs } from "../i18n/core-messages/es.js";
import { coreFr } from "../i18n/core-messages/fr.js";
import { metricProvenance } from "./metric-provenance.js";

const map = {
  sources: [{ id: "src", kind: "survey" as const, name: "survey.csv", importedAt: "2026-03-01" }],
};

describe("metricProvenance", () => {
  it("marks a metric computed from one of the map's sources as measured, with its responses", () => {
    expect(metricProvenance(map, { sourceId: "src", sampleSize: 1412 })).toEqual({
      measured: true,
      marker: "measured",
      detail: "from 1,412 responses (survey.csv)",
    });
    expect(metricProvenance(map, { sourceId: "src" }).detail).toBe("from survey.csv");
  });

  it("marks a metric typed by a person as typed, even with a sample size or a source's name", () => {
    expect(metricProvenance(map, { sampleSize: 80, source: "Q3 report" })).toEqual({
      measured: false,
      marker: "typed",
      detail: "typed",
    });
    expect(metricProvenance(map, { sourceId: "missing", sampleSize: 5 }).measured).toBe(false);
  });
});

describe("metricProvenance in other languages", () => {
  it("writes what it came from in the locale's words; one response in the singular", () => {
    expect(
      metricProvenance(map, { sourceId: "src", sampleSize: 1 }, { locale: "fr", messages: coreFr }).detail,
    ).toBe("d’après 1 réponse (survey.csv)");
    expect(metricProvenance(map, { sourceId: "src" }, { locale: "de", messages: coreDe }).detail).toBe(
      "aus survey.csv",
    );
    expect(metricProvenance(map, {}, { locale: "es", messages: coreEs })).toMatchObject({
      marker: "typed",
      detail: "introducido a mano",
    });
  });
});

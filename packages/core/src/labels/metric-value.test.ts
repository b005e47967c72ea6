import { describe, expect, it } from "vitest";
import { coreDe } from "../i18n/core-messages/de.js";
import { coreEs } from "../i18n/core-messages/es.js";
import { coreFr } from "../i18n/core-messages/fr.js";
import { formatMetricValue, metricLabel } from "./metric-value.js";

describe("formatMetricValue", () => {
  it("writes NPS as a signed whole number", () => {
    expect(formatMetricValue({ kind: "NPS", value: 32.4 })).toBe("+32");
    expect(formatMetricValue({ kind: "NPS", value: -65.6 })).toBe("−66");
    expect(formatMetricValue({ kind: "NPS", value: 0 })).toBe("0");
  });

  it("writes CSAT as a whole percent, retention and conversion with up to one decimal", () => {
    expect(formatMetricValue({ kind: "CSAT", value: 71.6 })).toBe("72%");
    expect(formatMetricValue({ kind: "conversion", value: 3.44 })).toBe("3.4%");
    expect(formatMetricValue({ kind: "retention", value: 80 })).toBe("80%");
  });

  it("writes CES with one decimal out of 7, sentiment signed with two, custom with up to two", () => {
    expect(formatMetricValue({ kind: "CES", value: 4 })).toBe("4.0/7");
    expect(formatMetricValue({ kind: "CES", value: 4.26 }, { locale: "de" })).toBe("4,3/7");
    expect(formatMetricValue({ kind: "sentiment", value: 0.094 })).toBe("+0.09");
    expect(formatMetricValue({ kind: "sentiment", value: -0.4 })).toBe("−0.40");
    expect(formatMetricValue({ kind: "custom", value: 3.944 })).toBe("3.94");
    expect(formatMetricValue({ kind: "custom", value: 12500 })).toBe("12,500");
  });
});

describe("metricLabel", () => {
  it("is the metric's own label, else its kind's name", () => {
    expect(metricLabel({ kind: "NPS" })).toBe("NPS");
    expect(metricLabel({ kind: "sentiment" })).toBe("Sentiment");
    expect(metricLabel({ kind: "custom", label: "  Average rating (1-5) " })).toBe("Average rating (1-5)");
    expect(metricLabel({ kind: "custom", label: " " })).toBe("Metric");
  });
});

describe("metricLabel in other languages", () => {
  it("names a kind in the locale's language, and keeps a metric's own label", () => {
    expect(metricLabel({ kind: "retention" }, { locale: "de", messages: coreDe })).toBe("Kundenbindung");
    expect(metricLabel({ kind: "custom" }, { locale: "fr", messages: coreFr })).toBe("Indicateur");
    expect(metricLabel({ kind: "NPS" }, { locale: "es", messages: coreEs })).toBe("NPS");
    expect(metricLabel({ kind: "custom", label: "Valoración" }, { locale: "de", messages: coreDe })).toBe(
      "Valoración",
    );
  });
});

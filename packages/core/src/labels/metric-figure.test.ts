import { describe, expect, it } from "vitest";
import { coreDe } from "../i18n/core-messages/de.js";
import { coreEs } from "../i18n/core-messages/es.js";
import { coreFr } from "../i18n/core-messages/fr.js";
import { metricChip, metricFigure, metricSampleText } from "./metric-figure.js";

describe("metricFigure", () => {
  it("reads label, value, margin and n, n grouped by the locale", () => {
    const nps = { kind: "NPS" as const, value: 32.4, marginOfError: 6.3, sampleSize: 1412 };
    expect(metricFigure(nps)).toBe("NPS +32 ±6 · n=1,412");
    expect(metricFigure(nps, { locale: "de" })).toBe("NPS +32 ±6 · n=1.412");
  });

  it("leaves out what is not known", () => {
    expect(metricFigure({ kind: "NPS", value: -12.6 })).toBe("NPS −13");
    expect(metricFigure({ kind: "CSAT", value: 72, sampleSize: 80 })).toBe("CSAT 72% · n=80");
    expect(metricFigure({ kind: "CES", value: 4.26, marginOfError: 0.31 })).toBe("CES 4.3/7 ±0.3");
    expect(metricFigure({ kind: "custom", label: "Average rating (1-5)", value: 3.94, sampleSize: 9 })).toBe(
      "Average rating (1-5) 3.94 · n=9",
    );
  });
});

describe("metricChip", () => {
  it("is the figure without its sample size", () => {
    expect(metricChip({ kind: "sentiment", value: 0.09, marginOfError: 0.03 })).toBe("Sentiment +0.09 ±0.03");
    expect(metricChip({ kind: "NPS", value: 43 })).toBe("NPS +43");
  });
});

describe("metricSampleText", () => {
  it("writes n= with grouping", () => {
    expect(metricSampleText(301)).toBe("n=301");
    expect(metricSampleText(12000)).toBe("n=12,000");
  });
});

describe("metricFigure in other languages", () => {
  it("writes decimal commas and the locale's grouping (Spanish groups from five digits)", () => {
    const nps = { kind: "NPS" as const, value: 32.4, marginOfError: 6.3, sampleSize: 1412 };
    expect(metricFigure(nps, { locale: "es", messages: coreEs })).toBe("NPS +32 ±6 · n=1412");
    expect(metricFigure({ ...nps, sampleSize: 12000 }, { locale: "es", messages: coreEs })).toBe(
      "NPS +32 ±6 · n=12.000",
    );
    expect(
      metricFigure(
        { kind: "CES", value: 4.26, marginOfError: 0.31, sampleSize: 1412 },
        { locale: "de", messages: coreDe },
      ),
    ).toBe("CES 4,3/7 ±0,3 · n=1.412");
    expect(
      metricChip({ kind: "sentiment", value: 0.09, marginOfError: 0.03 }, { locale: "fr", messages: coreFr }),
    ).toBe("Sentiment +0,09 ±0,03");
    expect(metricChip({ kind: "retention", value: 80.5 }, { locale: "es", messages: coreEs })).toBe(
      "Retención 80,5%",
    );
  });
});

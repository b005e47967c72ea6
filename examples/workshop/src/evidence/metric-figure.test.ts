import { createMetric } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { metricFigure, metricMargin, sentimentTone } from "./metric-figure";

describe("metric figures", () => {
  it("reads NPS signed with its margin and n", () => {
    expect(
      metricFigure(createMetric({ kind: "NPS", value: 32.4, marginOfError: 6.2, sampleSize: 1412 })),
    ).toBe("NPS +32 ±6 · n=1,412");
    expect(metricFigure(createMetric({ kind: "NPS", value: -12.6 }))).toBe("NPS -13");
  });

  it("reads CSAT in percent, CES out of 7 with one decimal, a custom metric by its label", () => {
    expect(
      metricFigure(createMetric({ kind: "CSAT", value: 71.6, marginOfError: 4.4, sampleSize: 80 })),
    ).toBe("CSAT 71.6% ±4 · n=80");
    expect(metricFigure(createMetric({ kind: "CES", value: 4.26, marginOfError: 0.31 }))).toBe(
      "CES 4.3/7 ±0.3",
    );
    expect(
      metricFigure(
        createMetric({ kind: "custom", label: "Average rating (1-5)", value: 3.94, sampleSize: 9 }),
      ),
    ).toBe("Average rating (1-5) 3.94 · n=9");
    expect(metricMargin({ kind: "sentiment", marginOfError: 0.123 })).toBe("±0.12");
    expect(metricMargin({ kind: "NPS" })).toBeUndefined();
  });

  it("calls a sentiment near zero neutral", () => {
    expect(sentimentTone(-0.4)).toBe("negative");
    expect(sentimentTone(0.03)).toBe("neutral");
    expect(sentimentTone(undefined)).toBe("neutral");
    expect(sentimentTone(0.5)).toBe("positive");
  });
});

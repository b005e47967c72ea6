import { describe, expect, it } from "vitest";
import { formatMetricMargin } from "./metric-margin.js";

describe("formatMetricMargin", () => {
  it("writes whole points for NPS and percentages", () => {
    expect(formatMetricMargin({ kind: "NPS", marginOfError: 6.3 })).toBe("±6");
    expect(formatMetricMargin({ kind: "CSAT", marginOfError: 4.4 })).toBe("±4");
  });

  it("writes one decimal for CES and means, two for sentiment", () => {
    expect(formatMetricMargin({ kind: "CES", marginOfError: 0.31 })).toBe("±0.3");
    expect(formatMetricMargin({ kind: "custom", marginOfError: 0.12 })).toBe("±0.1");
    expect(formatMetricMargin({ kind: "sentiment", marginOfError: 0.123 })).toBe("±0.12");
  });

  it("never reads ±0 for a small margin, and is undefined without one", () => {
    expect(formatMetricMargin({ kind: "NPS", marginOfError: 0.4 })).toBe("±0.4");
    expect(formatMetricMargin({ kind: "NPS", marginOfError: 0 })).toBe("±0");
    expect(formatMetricMargin({ kind: "NPS" })).toBeUndefined();
  });
});

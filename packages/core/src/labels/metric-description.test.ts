import { describe, expect, it } from "vitest";
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

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMetric, updateMetric } from "../operations/metric-operations.js";
import { createJourneyMap } from "../records/journey-map.js";
import { createMetric, METRIC_KINDS, METRIC_RANGES } from "../records/metric.js";
import { changeMetricKind } from "./change-metric-kind.js";

describe("changeMetricKind", () => {
  it("moves a new metric's default value onto the new scale instead of being refused", () => {
    expect(changeMetricKind({ kind: "CSAT", value: 50, target: undefined }, "CES")).toEqual({
      kind: "CES",
      value: 4,
      target: undefined,
    });
    expect(changeMetricKind({ kind: "CSAT", value: 80, target: 90 }, "NPS")).toEqual({
      kind: "NPS",
      value: 60,
      target: 80,
    });
    expect(changeMetricKind({ kind: "custom", value: 250, target: undefined }, "CSAT").value).toBe(100);
    expect(changeMetricKind({ kind: "NPS", value: -20, target: undefined }, "custom").value).toBe(-20);
  });

  it("always gives a value the operation accepts, for every pair of kinds", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...METRIC_KINDS),
        fc.constantFrom(...METRIC_KINDS),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (from, to, at) => {
          const range = METRIC_RANGES[from] ?? { min: -1000, max: 1000 };
          const value = range.min + at * (range.max - range.min);
          const map = createJourneyMap();
          const metric = createMetric({ kind: from, value });
          const withMetric = addMetric(map, { record: metric });
          expect(withMetric.metrics).toHaveLength(1);
          const changed = updateMetric(withMetric, { id: metric.id, changes: changeMetricKind(metric, to) });
          expect(changed.metrics[0]!.kind).toBe(to);
        },
      ),
    );
  });
});

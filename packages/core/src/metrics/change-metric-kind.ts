import { METRIC_RANGES, type Metric, type MetricKind } from "../records/metric.js";

function convert(value: number, from: MetricKind, to: MetricKind): number {
  const source = METRIC_RANGES[from];
  const target = METRIC_RANGES[to];
  if (!target) return value;
  // Same place on the new scale when both have one (50% CSAT -> 4 on CES's 1..7), else clamped.
  const moved = source
    ? target.min + ((value - source.min) / (source.max - source.min)) * (target.max - target.min)
    : Math.min(target.max, Math.max(target.min, value));
  const decimals = target.max - target.min <= 2 ? 2 : target.max - target.min <= 10 ? 1 : 0;
  return Number(moved.toFixed(decimals)) + 0;
}

/**
 * The changes that give a metric another kind with its value (and target) moved into the new kind's
 * range: the same place on the new scale when both kinds have one, clamped when coming from
 * `custom`, unchanged when going to `custom`. `updateMetric` refuses a kind whose range the old value
 * falls outside; this is what an editor sends instead.
 *
 * @example
 * updateMetric(map, { id: metric.id, changes: changeMetricKind(metric, "CES") }); // 50 (CSAT) -> 4
 */
export function changeMetricKind(
  metric: Pick<Metric, "kind" | "value" | "target">,
  kind: MetricKind,
): Pick<Metric, "kind" | "value" | "target"> {
  if (kind === metric.kind) return { kind, value: metric.value, target: metric.target };
  return {
    kind,
    value: convert(metric.value, metric.kind, kind),
    target: metric.target === undefined ? undefined : convert(metric.target, metric.kind, kind),
  };
}

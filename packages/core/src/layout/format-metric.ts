import type { Metric } from "../records/metric.js";

/**
 * A metric's value as people read it: CSAT, retention, conversion in percent; NPS signed; CES out of
 * 7; sentiment signed with two decimals.
 *
 * @example
 * formatMetricValue({ kind: "NPS", value: 12 } as Metric); // "+12"
 */
export function formatMetricValue(metric: Pick<Metric, "kind" | "value">): string {
  const { kind, value } = metric;
  const signed = (text: string) => (value > 0 ? `+${text}` : text);
  switch (kind) {
    case "CSAT":
    case "retention":
    case "conversion":
      return `${Number(value.toFixed(1))}%`;
    case "NPS":
      return signed(String(Math.round(value)));
    case "CES":
      return `${Number(value.toFixed(1))}/7`;
    case "sentiment":
      return signed(value.toFixed(2));
    default:
      return String(Number(value.toFixed(2)));
  }
}

/** The short label of a metric: its own label, or its kind. */
export function metricLabel(metric: Pick<Metric, "kind" | "label">): string {
  return metric.label?.trim() || metric.kind;
}

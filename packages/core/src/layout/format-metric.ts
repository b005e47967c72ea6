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

/**
 * A metric's 95% margin as people read it beside its value, in the value's unit: `±6` for NPS and
 * percentages, `±0.08` for sentiment, `±0.3` for means. Undefined without a margin.
 *
 * @example
 * formatMetricMargin({ kind: "NPS", marginOfError: 23.6 }); // "±24"
 */
export function formatMetricMargin(metric: Pick<Metric, "kind" | "marginOfError">): string | undefined {
  const margin = metric.marginOfError;
  if (margin === undefined) return undefined;
  const digits =
    metric.kind === "sentiment"
      ? 2
      : ["NPS", "CSAT", "retention", "conversion"].includes(metric.kind)
        ? 0
        : 1;
  return `±${Number(margin.toFixed(digits))}`;
}

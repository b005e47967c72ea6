import type { Metric, MetricKind } from "../records/metric.js";
import { formatNumber, type LabelOptions } from "./format-number.js";
import { isPercentKind } from "./metric-value.js";

/**
 * Decimals of a kind's margins and changes: whole points for NPS and percentages, two for sentiment
 * (its value has two: a coarser margin would hide it), one for CES, stars and other means.
 */
export function metricStepDigits(kind: MetricKind): number {
  if (kind === "NPS" || isPercentKind(kind)) return 0;
  return kind === "sentiment" ? 2 : 1;
}

/**
 * A 95% margin as every view writes it beside the value, in the value's unit: whole points for NPS
 * and percentages ("±6"), one decimal for CES, stars and other means ("±0.3"), two for sentiment
 * ("±0.08"). A margin that would round to zero keeps one more decimal ("±0.4"), so it never reads
 * "±0". Undefined without a margin.
 *
 * @example
 * formatMetricMargin({ kind: "NPS", marginOfError: 6.3 }); // "±6"
 * formatMetricMargin({ kind: "CES", marginOfError: 0.31 }); // "±0.3"
 * formatMetricMargin({ kind: "NPS", marginOfError: 0.4 }); // "±0.4"
 */
export function formatMetricMargin(
  metric: Pick<Metric, "kind" | "marginOfError">,
  options: LabelOptions = {},
): string | undefined {
  const margin = metric.marginOfError;
  if (margin === undefined) return undefined;
  const digits = metricStepDigits(metric.kind);
  const tiny = margin > 0 && Math.round(margin * 10 ** digits) === 0;
  return `±${formatNumber(margin, { locale: options.locale, digits: tiny ? digits + 1 : digits })}`;
}

import type { Metric } from "../records/metric.js";
import { formatNumber, type LabelOptions } from "./format-number.js";
import { formatMetricMargin } from "./metric-margin.js";
import { formatMetricValue, metricLabel } from "./metric-value.js";

/** What joins the parts of a label: "NPS +32 ±6 · n=1,412". */
export const LABEL_SEPARATOR = " · ";

/**
 * A sample size as the map writes it: "n=1,412" (grouped by the locale).
 *
 * @example
 * metricSampleText(1412); // "n=1,412"
 * metricSampleText(1412, { locale: "de" }); // "n=1.412"
 */
export function metricSampleText(sampleSize: number, options: LabelOptions = {}): string {
  return `n=${formatNumber(sampleSize, { locale: options.locale })}`;
}

/**
 * A metric's short form, for a chip where the whole figure does not fit: label, value and margin
 * ("NPS +32 ±6"), no sample size.
 *
 * @example
 * metricChip({ kind: "NPS", value: 32.4, marginOfError: 6.3, sampleSize: 1412 }); // "NPS +32 ±6"
 */
export function metricChip(
  metric: Pick<Metric, "kind" | "label" | "value" | "marginOfError">,
  options: LabelOptions = {},
): string {
  const margin = formatMetricMargin(metric, options);
  return `${metricLabel(metric, options)} ${formatMetricValue(metric, options)}${margin ? ` ${margin}` : ""}`;
}

/**
 * A metric's figure, the one text every view and export writes for it: label, value, 95% margin and
 * sample size when known ("NPS +32 ±6 · n=1,412"). Value and margin follow `formatMetricValue` and
 * `formatMetricMargin`; numbers are grouped by `locale` (the map's).
 *
 * @example
 * metricFigure({ kind: "NPS", value: 32.4, marginOfError: 6.3, sampleSize: 1412 }); // "NPS +32 ±6 · n=1,412"
 * metricFigure({ kind: "CSAT", value: 72, target: 80 }); // "CSAT 72%"
 */
export function metricFigure(
  metric: Pick<Metric, "kind" | "label" | "value" | "marginOfError" | "sampleSize">,
  options: LabelOptions = {},
): string {
  const chip = metricChip(metric, options);
  return metric.sampleSize === undefined
    ? chip
    : `${chip}${LABEL_SEPARATOR}${metricSampleText(metric.sampleSize, options)}`;
}

import { formatMetricValue, type Metric, metricLabel } from "@journeykit/core";

/**
 * A metric as a badge reads: label, value, its 95% margin and sample size when known
 * ("CSAT 72% ±4 · n=120").
 *
 * @example
 * metricBadgeText({ kind: "NPS", value: 12, sampleSize: 80 } as Metric); // "NPS +12 · n=80"
 */
export function metricBadgeText(metric: Metric): string {
  const margin = metric.marginOfError;
  const value = `${metricLabel(metric)} ${formatMetricValue(metric)}`;
  const plusMinus = margin !== undefined ? ` ±${Number(margin.toFixed(1))}` : "";
  const n = metric.sampleSize === undefined ? "" : ` · n=${metric.sampleSize}`;
  return `${value}${plusMinus}${n}`;
}

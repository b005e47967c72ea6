import { formatMetricMargin, formatMetricValue, type Metric, metricLabel } from "@journeykit/core";

/** The 95% margin as people read it beside a value, in the value's unit: `±6` (NPS, %), `±0.3` (means). */
export const metricMargin = formatMetricMargin;

/** `NPS +32 ±6 · n=1,412`: a metric's label, value (as the canvas writes it), margin and sample size. */
export function metricFigure(metric: Metric): string {
  const margin = metricMargin(metric);
  const n = metric.sampleSize === undefined ? "" : ` · n=${metric.sampleSize.toLocaleString("en-US")}`;
  return `${metricLabel(metric)} ${formatMetricValue(metric)}${margin ? ` ${margin}` : ""}${n}`;
}

/** How a sentiment (-1..1) reads: negative below -0.05, positive above 0.05. */
export type SentimentTone = "negative" | "neutral" | "positive";

export function sentimentTone(sentiment: number | undefined): SentimentTone {
  if (sentiment === undefined || Math.abs(sentiment) <= 0.05) return "neutral";
  return sentiment < 0 ? "negative" : "positive";
}

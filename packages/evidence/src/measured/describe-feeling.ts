import { formatEmotionScore, formatMetricMargin, formatMetricValue, type MetricKind } from "@journeykit/core";
import type { FeelingSignal, MeasuredFeeling } from "../analysis/emotion-from-evidence.js";

/** A value on the emotion scale with one decimal and a true minus sign: "−1.4", "+0.5", "0". */
export function formatFeeling(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  if (rounded === 0) return "0";
  return `${rounded > 0 ? "+" : "−"}${Math.abs(rounded).toFixed(Number.isInteger(rounded) ? 0 : 1)}`;
}

const KIND: Record<FeelingSignal["kind"], MetricKind> = {
  NPS: "NPS",
  CSAT: "CSAT",
  CES: "CES",
  stars: "custom",
  sentiment: "sentiment",
};

/** One figure as the canvas writes it: "NPS −39 ±24", "CSAT 62% ±9", "stars 2.4 ±0.3". */
export function formatSignal(signal: FeelingSignal): string {
  const metric = {
    kind: KIND[signal.kind],
    value: signal.value,
    ...(signal.margin !== undefined ? { marginOfError: signal.margin } : {}),
  };
  const label = signal.kind === "sentiment" ? "comment sentiment" : signal.kind;
  const margin = formatMetricMargin(metric);
  const value = formatMetricValue(metric);
  return `${label} ${value}${margin ? ` ${margin}` : ""}`;
}

/**
 * What customers feel at a stage, with the numbers it comes from, as Insights, the CLI and the measured
 * point's note say it: "−1.2 ±0.7, from NPS −39 ±24, n=51" (the value alone when no figures are known).
 *
 * @example
 * describeFeeling(measuredFeeling([{ kind: "NPS", value: -39, margin: 24, n: 51 }])!); // "−1.2 ±0.7, from NPS −39 ±24, n=51"
 */
export function describeFeeling(feeling: Pick<MeasuredFeeling, "value" | "margin" | "from" | "n">): string {
  const margin = feeling.margin > 0 ? ` ±${feeling.margin.toFixed(1)}` : "";
  if (feeling.from.length === 0) return `${formatFeeling(feeling.value)}${margin}`;
  return `${formatFeeling(feeling.value)}${margin}, from ${feeling.from.map(formatSignal).join(" and ")}, n=${feeling.n.toLocaleString("en-US")}`;
}

/** How the room's assumption reads beside it: "the room: −3; customers: −1.2 ±0.7, from NPS −39 ±24, n=51". */
export function describeDisagreement(
  assumed: number,
  feeling: Pick<MeasuredFeeling, "value" | "margin" | "from" | "n">,
): string {
  return `the room: ${formatEmotionScore(assumed)}; customers: ${describeFeeling(feeling)}`;
}

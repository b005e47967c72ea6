import type { Metric } from "../records/metric.js";
import { formatNumber, type LabelOptions } from "./format-number.js";
import { metricStepDigits } from "./metric-margin.js";
import { isPercentKind } from "./metric-value.js";

/** Which way a metric moved since its previous series point. */
export type TrendDirection = "up" | "down" | "flat";

/** A metric's change since the previous point of its series. */
export interface MetricTrend {
  direction: TrendDirection;
  /** The change, in the metric's unit (newest point minus the one before). */
  change: number;
  /** The short form drawn beside the figure: "▲ +4", "▼ −3", "→ 0". */
  text: string;
  /** The long form for a tooltip or screen reader: "up 4 points since 2026-02-01 (+28)". */
  description: string;
}

const ARROWS: Record<TrendDirection, string> = { up: "▲", down: "▼", flat: "→" };

/**
 * The trend of a metric: its newest series point against the one before, rounded as its margins are
 * (whole points for NPS and percentages, two decimals for sentiment, one for CES and means); "flat"
 * when that rounds to zero. Undefined with fewer than two series points. For every kind higher is
 * better (CES 2.0 included), so "up" is good news.
 *
 * @example
 * metricTrend({ kind: "NPS", series: [{ date: "2026-02-01", value: 28 }, { date: "2026-03-01", value: 32 }] });
 * // { direction: "up", change: 4, text: "▲ +4", description: "up 4 points since 2026-02-01 (+28)" }
 */
export function metricTrend(
  metric: Pick<Metric, "kind" | "series">,
  options: LabelOptions = {},
): MetricTrend | undefined {
  const series = metric.series;
  if (!series || series.length < 2) return undefined;
  const newest = series[series.length - 1]!;
  const previous = series[series.length - 2]!;
  const digits = metricStepDigits(metric.kind);
  const scale = 10 ** digits;
  const change = Math.round((newest.value - previous.value) * scale) / scale;
  const direction: TrendDirection = change > 0 ? "up" : change < 0 ? "down" : "flat";
  const { locale } = options;
  const amount = formatNumber(Math.abs(change), { locale, digits });
  const unit =
    metric.kind === "NPS" || isPercentKind(metric.kind) ? (amount === "1" ? " point" : " points") : "";
  const was = formatNumber(previous.value, {
    locale,
    digits,
    signed: metric.kind === "NPS" || metric.kind === "sentiment",
  });
  const since = `since ${previous.date.slice(0, 10)} (${was}${isPercentKind(metric.kind) ? "%" : ""})`;
  return {
    direction,
    change,
    text: `${ARROWS[direction]} ${formatNumber(change, { locale, digits, signed: true })}`,
    description: direction === "flat" ? `unchanged ${since}` : `${direction} ${amount}${unit} ${since}`,
  };
}

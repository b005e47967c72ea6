import { coreTranslator } from "../i18n/core-catalogue.js";
import type { Metric } from "../records/metric.js";
import { formatNumber, type LabelOptions } from "./format-number.js";
import { labelDate } from "./label-date.js";
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
  /**
   * The long form for a tooltip or screen reader, in core's words (`options.messages`): "up 4 points
   * since 2026-02-01 (+28)", "sube 4 puntos desde el 01/02/2026 (+28)".
   */
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
  const { t } = coreTranslator(options);
  const was = formatNumber(previous.value, {
    locale,
    digits,
    signed: metric.kind === "NPS" || metric.kind === "sentiment",
  });
  const since = t("metric.since", {
    date: labelDate(previous.date, options),
    value: `${was}${isPercentKind(metric.kind) ? "%" : ""}`,
  });
  return {
    direction,
    change,
    text: `${ARROWS[direction]} ${formatNumber(change, { locale, digits, signed: true })}`,
    description: `${moved(t, metric, direction, Math.abs(change), formatNumber(Math.abs(change), { locale, digits }))} ${since}`,
  };
}

/** "up 4 points", "down 0.3", "unchanged": points for NPS and percentages, the bare change for means. */
function moved(
  t: ReturnType<typeof coreTranslator>["t"],
  metric: Pick<Metric, "kind">,
  direction: TrendDirection,
  change: number,
  amount: string,
): string {
  if (direction === "flat") return t("metric.unchanged");
  if (metric.kind === "NPS" || isPercentKind(metric.kind))
    return t(direction === "up" ? "metric.upPoints" : "metric.downPoints", { count: change });
  return t(direction === "up" ? "metric.up" : "metric.down", { amount });
}

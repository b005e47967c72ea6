import { coreTranslator } from "../i18n/core-catalogue.js";
import type { Metric, MetricKind } from "../records/metric.js";
import { formatNumber, type LabelOptions } from "./format-number.js";

/** Kinds measured in percent (0..100). */
const PERCENT: ReadonlySet<MetricKind> = new Set(["CSAT", "retention", "conversion"]);

/** True for kinds the map writes in percent: CSAT, retention, conversion. */
export function isPercentKind(kind: MetricKind): boolean {
  return PERCENT.has(kind);
}

/**
 * The short name of a metric: its own label, else its kind's name in core's words ("NPS",
 * "CSAT", "Sentiment"; "Sentimiento" in Spanish).
 *
 * @example
 * metricLabel({ kind: "sentiment" }); // "Sentiment"
 * metricLabel({ kind: "retention" }, { locale: "de", messages: coreDe }); // "Kundenbindung"
 * metricLabel({ kind: "custom", label: "Average rating (1-5)" }); // "Average rating (1-5)"
 */
export function metricLabel(metric: Pick<Metric, "kind" | "label">, options: LabelOptions = {}): string {
  return metric.label?.trim() || coreTranslator(options).t(`metricKind.${metric.kind}`);
}

/**
 * A metric's value as every view writes it, decided once:
 * - NPS: a whole number, signed ("+32", "−13", "0");
 * - CSAT: a whole percent ("72%": a share of satisfied answers, its margin is whole points too);
 * - retention and conversion: a percent with up to one decimal ("3.4%", "80%": small rates matter);
 * - CES: one decimal out of 7 ("4.3/7");
 * - sentiment: signed with two decimals ("+0.09", "−0.40");
 * - custom (stars, counts, money): up to two decimals, grouped ("3.94", "12,500").
 * Numbers are grouped and written with the decimal mark of `locale`; negatives carry a true minus.
 *
 * @example
 * formatMetricValue({ kind: "NPS", value: 12 }); // "+12"
 * formatMetricValue({ kind: "CSAT", value: 71.6 }); // "72%"
 * formatMetricValue({ kind: "CES", value: 4.26 }, { locale: "de" }); // "4,3/7"
 */
export function formatMetricValue(
  metric: Pick<Metric, "kind" | "value">,
  options: LabelOptions = {},
): string {
  const { kind, value } = metric;
  const { locale } = options;
  switch (kind) {
    case "NPS":
      return formatNumber(value, { locale, signed: true });
    case "CSAT":
      return `${formatNumber(value, { locale })}%`;
    case "retention":
    case "conversion":
      return `${formatNumber(value, { locale, digits: 1 })}%`;
    case "CES":
      return `${formatNumber(value, { locale, digits: 1, fixed: true })}/7`;
    case "sentiment":
      return formatNumber(value, { locale, digits: 2, fixed: true, signed: true });
    default:
      return formatNumber(value, { locale, digits: 2 });
  }
}

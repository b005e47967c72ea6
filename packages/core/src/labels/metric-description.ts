import { coreTranslator } from "../i18n/core-catalogue.js";
import type { JourneyMap } from "../records/journey-map.js";
import type { Metric } from "../records/metric.js";
import type { LabelOptions } from "./format-number.js";
import { LABEL_SEPARATOR } from "./metric-figure.js";
import { metricOwnerFigure } from "./metric-owner.js";
import { metricProvenance } from "./metric-provenance.js";
import { metricTrend } from "./metric-trend.js";
import { formatMetricValue } from "./metric-value.js";

/**
 * Everything the map knows about a metric in one line, for a tooltip, a screen reader or a table:
 * what it measures, its figure, its trend, its target, and whether it was measured (from what) or
 * typed. Views draw the parts (`metricFigure`, `metricTrend`, `metricProvenance`); this is their
 * full text.
 *
 * @example
 * metricDescription(map, npsOfPay);
 * // "Pay and leave · NPS −39 ±24 · n=51 · up 4 points since 2026-02-01 (−43) · measured from 51 responses (survey.csv)"
 */
export function metricDescription(
  map: Pick<JourneyMap, "stages" | "touchpoints" | "sources">,
  metric: Metric,
  options: LabelOptions = {},
): string {
  const { t } = coreTranslator(options);
  const parts = [metricOwnerFigure(map, metric, options)];
  const trend = metricTrend(metric, options);
  if (trend) parts.push(trend.description);
  if (metric.target !== undefined) {
    const target = formatMetricValue({ kind: metric.kind, value: metric.target }, options);
    parts.push(t(metric.value < metric.target ? "metric.belowTarget" : "metric.target", { target }));
  }
  const provenance = metricProvenance(map, metric, options);
  parts.push(provenance.measured ? t("metric.measured", { detail: provenance.detail }) : t("metric.typed"));
  return parts.join(LABEL_SEPARATOR);
}

import { coreTranslator } from "../i18n/core-catalogue.js";
import type { JourneyMap } from "../records/journey-map.js";
import type { Metric } from "../records/metric.js";
import type { LabelOptions } from "./format-number.js";
import { LABEL_SEPARATOR, metricFigure } from "./metric-figure.js";

/** What a metric is about: a touchpoint, a stage or the whole journey. */
export interface MetricOwner {
  kind: "touchpoint" | "stage" | "journey";
  /** The touchpoint's or stage's id; undefined for the whole journey. */
  id: string | undefined;
  /** Its name: "Card terminal", "Pay and leave", "Whole journey" (in core's words: `options.messages`). */
  name: string;
  /** The stage it sits in (a touchpoint's own stage); undefined for the whole journey. */
  stageId: string | undefined;
}

/**
 * What a metric measures: its touchpoint (which sits in a stage), else its stage, else the whole
 * journey. A reference to a record the map lacks counts as absent.
 *
 * @example
 * metricOwner(map, { touchpointId: terminal.id }); // { kind: "touchpoint", id, name: "Card terminal", stageId: pay.id }
 */
export function metricOwner(
  map: Pick<JourneyMap, "stages" | "touchpoints">,
  metric: Pick<Metric, "stageId" | "touchpointId">,
  options: LabelOptions = {},
): MetricOwner {
  const touchpoint =
    metric.touchpointId === undefined ? undefined : map.touchpoints.find((t) => t.id === metric.touchpointId);
  if (touchpoint)
    return { kind: "touchpoint", id: touchpoint.id, name: touchpoint.name, stageId: touchpoint.stageId };
  const stage = metric.stageId === undefined ? undefined : map.stages.find((s) => s.id === metric.stageId);
  if (stage) return { kind: "stage", id: stage.id, name: stage.name, stageId: stage.id };
  const name = coreTranslator(options).t("metric.wholeJourney");
  return { kind: "journey", id: undefined, name, stageId: undefined };
}

/**
 * A metric's figure named after what it measures, where it is read apart from its place (a list, a
 * table, a touchpoint's row): "Card terminal · NPS +43 ±8 · n=120", "Whole journey · CSAT 74%".
 *
 * @example
 * metricOwnerFigure(map, { kind: "NPS", value: 43, touchpointId: terminal.id }); // "Card terminal · NPS +43"
 */
export function metricOwnerFigure(
  map: Pick<JourneyMap, "stages" | "touchpoints">,
  metric: Pick<
    Metric,
    "kind" | "label" | "value" | "marginOfError" | "sampleSize" | "stageId" | "touchpointId"
  >,
  options: LabelOptions = {},
): string {
  return `${metricOwner(map, metric, options).name}${LABEL_SEPARATOR}${metricFigure(metric, options)}`;
}

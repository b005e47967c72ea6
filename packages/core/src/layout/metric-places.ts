import type { JourneyMap } from "../records/journey-map.js";
import type { Metric, MetricKind } from "../records/metric.js";

/**
 * Where each metric is drawn, decided once per layout:
 * - a touchpoint's metrics under its box in the touchpoints lane (without that lane: in its stage's
 *   list, named after the touchpoint);
 * - a stage's metrics in its header's list (in the metrics lane when the map has one);
 * - metrics of no stage or touchpoint (or of one the map lacks) in the whole-journey strip.
 * Each list is ordered: a stage's own metrics before its touchpoints'; NPS, CSAT, CES, sentiment,
 * retention, conversion, custom; measured before typed within a kind; then document order.
 */
export interface MetricPlaces {
  /** Stage id -> metrics listed in its header (or metrics lane cell, `inLane`). */
  stages: Map<string, Metric[]>;
  /** Touchpoint id -> metrics under its box in the touchpoints lane. */
  touchpoints: Map<string, Metric[]>;
  /** Metrics of the whole journey. */
  journey: Metric[];
  /** True when the stages' lists sit in the map's metrics lane instead of the headers. */
  inLane: boolean;
}

const KIND_ORDER: Record<MetricKind, number> = {
  NPS: 0,
  CSAT: 1,
  CES: 2,
  sentiment: 3,
  retention: 4,
  conversion: 5,
  custom: 6,
};

/**
 * Sort a list in place: the stage's own metrics before its touchpoints', then by kind, then measured
 * (from a source) before typed; stable otherwise.
 */
function ordered(list: Metric[]): Metric[] {
  return list.sort(
    (a, b) =>
      Number(a.touchpointId !== undefined) - Number(b.touchpointId !== undefined) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      Number(a.sourceId === undefined) - Number(b.sourceId === undefined),
  );
}

/**
 * Every metric's place on the map (one pass over the metrics, one lookup per metric).
 *
 * @example
 * metricPlaces(map).stages.get(pay.id); // [NPS −39 (measured), CSAT 62% (measured), NPS −20 (typed)]
 */
export function metricPlaces(map: JourneyMap): MetricPlaces {
  const stageIds = new Set(map.stages.map((s) => s.id));
  const touchpointStage = new Map(map.touchpoints.map((t) => [t.id, t.stageId] as const));
  const touchpointsLane = map.lanes.some((l) => l.kind === "touchpoints");
  const places: MetricPlaces = {
    stages: new Map(),
    touchpoints: new Map(),
    journey: [],
    inLane: map.lanes.some((l) => l.kind === "metrics"),
  };
  const add = (lists: Map<string, Metric[]>, key: string, metric: Metric) => {
    const list = lists.get(key);
    if (list) list.push(metric);
    else lists.set(key, [metric]);
  };
  for (const metric of map.metrics) {
    const ownStage = metric.touchpointId === undefined ? undefined : touchpointStage.get(metric.touchpointId);
    if (ownStage !== undefined && stageIds.has(ownStage)) {
      if (touchpointsLane) add(places.touchpoints, metric.touchpointId!, metric);
      else add(places.stages, ownStage, metric);
    } else if (metric.stageId !== undefined && stageIds.has(metric.stageId)) {
      add(places.stages, metric.stageId, metric);
    } else {
      places.journey.push(metric);
    }
  }
  for (const list of places.stages.values()) ordered(list);
  for (const list of places.touchpoints.values()) ordered(list);
  ordered(places.journey);
  return places;
}

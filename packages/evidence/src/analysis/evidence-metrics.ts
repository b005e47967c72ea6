import { createId, type JourneyMap, type Metric, type MetricKind, type Source } from "@journeykit/core";
import { DEFAULT_SCALES } from "../columns/column-mapping.js";
import { type MetricEstimate, meanEstimate } from "../stats/survey-metrics.js";
import { MIN_ANSWERS } from "./min-answers.js";
import type { PlacedRow } from "./place-rows.js";
import { METRIC_KIND_OF_ROLE, ratingEstimate } from "./rating-estimate.js";
import { round3 } from "./round3.js";
import type { UsableColumns } from "./usable-columns.js";

type Where = { stageId?: string; touchpointId?: string };
type Estimator = (rows: PlacedRow[]) => MetricEstimate | undefined;

/** Where metrics are measured: overall (every row), each stage and each touchpoint, with their rows. */
function metricPlaces(map: JourneyMap, rows: PlacedRow[]): (Where & { rows: PlacedRow[] })[] {
  const places: (Where & { rows: PlacedRow[] })[] = [{ rows }];
  for (const stage of map.stages)
    places.push({ stageId: stage.id, rows: rows.filter((r) => r.stageId === stage.id) });
  for (const tp of map.touchpoints)
    places.push({
      stageId: tp.stageId,
      touchpointId: tp.id,
      rows: rows.filter((r) => r.touchpointId === tp.id),
    });
  return places;
}

/** A metric's series: one point per period when rows carry dates, else one point on `importDate`. */
function metricSeries(
  group: PlacedRow[],
  value: Estimator,
  importDate: string,
): NonNullable<Metric["series"]> {
  if (!group.some((r) => r.period)) {
    const e = value(group);
    return e ? [{ date: importDate, value: e.value, sampleSize: e.sampleSize }] : [];
  }
  const byPeriod = new Map<string, PlacedRow[]>();
  for (const r of group) {
    if (!r.period) continue;
    const rows = byPeriod.get(r.period);
    if (rows) rows.push(r);
    else byPeriod.set(r.period, [r]);
  }
  return [...byPeriod.keys()].sort().flatMap((date) => {
    const e = value(byPeriod.get(date)!);
    return e && e.sampleSize > 0 ? [{ date, value: e.value, sampleSize: e.sampleSize }] : [];
  });
}

/**
 * The metrics of an import: each rating column's NPS, CSAT, CES or star mean overall and per stage
 * and touchpoint (a column about one stage, there only), and the comments' mean sentiment overall and
 * per stage; each with n, its margin and a series. A stage or touchpoint with fewer than `MIN_ANSWERS`
 * answers gets none.
 */
export function evidenceMetrics(
  map: JourneyMap,
  rows: PlacedRow[],
  columns: UsableColumns,
  source: Source,
  importDate: string,
): Metric[] {
  const metrics: Metric[] = [];
  const places = metricPlaces(map, rows);
  const addMetric = (
    kind: MetricKind,
    where: Where,
    group: PlacedRow[],
    value: Estimator,
    label?: string,
  ) => {
    const e = value(group);
    if (!e || e.sampleSize === 0) return;
    if (where.stageId !== undefined && e.sampleSize < MIN_ANSWERS) return;
    metrics.push({
      id: createId("metric"),
      kind,
      ...(label ? { label } : {}),
      ...where,
      value: kind === "sentiment" ? round3(e.value) : e.value,
      sampleSize: e.sampleSize,
      ...(e.marginOfError !== undefined ? { marginOfError: e.marginOfError } : {}),
      source: source.name,
      sourceId: source.id,
      series: metricSeries(group, value, importDate),
    });
  };
  columns.ratings.forEach((column, i) => {
    const values = (group: PlacedRow[]) =>
      group.map((r) => r.ratings[i]).filter((v): v is number => v !== undefined);
    const metricOf = (group: PlacedRow[]) => ratingEstimate(column, values(group));
    const label =
      column.role === "stars"
        ? `Average rating (${(column.scale ?? DEFAULT_SCALES.stars).min}-${(column.scale ?? DEFAULT_SCALES.stars).max})`
        : undefined;
    if (column.stageId !== undefined) {
      const where = {
        stageId: column.stageId,
        ...(column.touchpointId ? { touchpointId: column.touchpointId } : {}),
      };
      addMetric(METRIC_KIND_OF_ROLE[column.role], where, rows, metricOf, label);
      return;
    }
    for (const place of places) {
      const where = {
        ...(place.stageId ? { stageId: place.stageId } : {}),
        ...(place.touchpointId ? { touchpointId: place.touchpointId } : {}),
      };
      addMetric(METRIC_KIND_OF_ROLE[column.role], where, place.rows, metricOf, label);
    }
  });
  if (columns.comments.length > 0) {
    const sentimentOf = (group: PlacedRow[]) => {
      const values = group.map((r) => r.sentiment).filter((v): v is number => v !== undefined);
      return values.length ? meanEstimate(values) : undefined;
    };
    for (const place of places.filter((p) => p.touchpointId === undefined))
      addMetric("sentiment", place.stageId ? { stageId: place.stageId } : {}, place.rows, sentimentOf);
  }
  return metrics;
}

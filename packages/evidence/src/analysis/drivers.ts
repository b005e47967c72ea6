import type { JourneyMap } from "@journeykit/core";
import { type ColumnAssignment, DEFAULT_SCALES } from "../columns/column-mapping.js";
import { correlation } from "../stats/survey-metrics.js";
import type { EvidenceTable } from "../table/evidence-table.js";
import type { Driver, SuggestedMoment } from "./evidence-analysis.js";

/** Least correlation with NPS for a stage to count as important, and least rows with both answers. */
const IMPORTANT = 0.3;
const MIN_PAIRS = 10;

/**
 * Driver analysis: when rows carry an overall NPS answer and ratings of single stages (a column about
 * one stage), each stage's importance is the Pearson correlation of its rating with NPS, and its
 * performance the mean rating as a share of its scale. A stage of high importance (r >= 0.3, n >= 10)
 * and low performance (below 0.6, or the lowest among the important ones) is suggested as a moment of
 * truth: importance 5 when r >= 0.5, else 4.
 */
export function findDrivers(
  map: JourneyMap,
  table: EvidenceTable,
  columns: readonly ColumnAssignment[],
  rows: readonly { ratings: readonly (number | undefined)[] }[],
): { drivers: Driver[]; moments: SuggestedMoment[] } {
  const npsIndex = columns.findIndex((c) => c.role === "nps" && c.stageId === undefined);
  if (npsIndex < 0) return { drivers: [], moments: [] };
  const drivers: Driver[] = [];
  columns.forEach((column, i) => {
    if (column.stageId === undefined || column.role === "nps" || column.role === "comment") return;
    const xs: number[] = [];
    const ys: number[] = [];
    for (const row of rows) {
      const x = row.ratings[i];
      const y = row.ratings[npsIndex];
      if (x !== undefined && y !== undefined) {
        xs.push(x);
        ys.push(y);
      }
    }
    const r = correlation(xs, ys);
    if (r === undefined || xs.length < MIN_PAIRS) return;
    const role = column.role as "csat" | "ces" | "stars";
    const scale = column.scale ?? DEFAULT_SCALES[role];
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    drivers.push({
      stageId: column.stageId,
      header: table.headers[column.index] ?? "",
      correlation: Math.round(r * 1000) / 1000,
      n: xs.length,
      mean: Math.round(mean * 100) / 100,
      performance: Math.round(((mean - scale.min) / (scale.max - scale.min || 1)) * 1000) / 1000,
    });
  });
  const important = drivers.filter((d) => d.correlation >= IMPORTANT);
  const lowest = Math.min(...important.map((d) => d.performance));
  const moments = important
    .filter((d) => d.performance < 0.6 || (important.length > 1 && d.performance === lowest))
    .map((driver): SuggestedMoment => {
      const stage = map.stages.find((s) => s.id === driver.stageId);
      return {
        stageId: driver.stageId,
        title: `${stage?.name ?? "Stage"}: drives NPS, scores low`,
        description: `Satisfaction here moves NPS (r = ${driver.correlation.toFixed(2)}, n = ${driver.n}) and scores ${Math.round(driver.performance * 100)}% of its scale (mean ${driver.mean}).`,
        importance: driver.correlation >= 0.5 ? 5 : 4,
        driver,
      };
    });
  return { drivers, moments };
}

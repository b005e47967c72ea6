import { DEFAULT_SCALES } from "../columns/column-mapping.js";
import { type MetricEstimate, meanEstimate } from "../stats/survey-metrics.js";
import type { FeelingSignal } from "./emotion-from-evidence.js";
import type { PlacedRow, RatingColumn } from "./place-rows.js";
import { ratingEstimate } from "./rating-estimate.js";

const FEELING_KIND = { nps: "NPS", csat: "CSAT", ces: "CES" } as const;

/** An estimate as a figure of a measured feeling. */
const figure = (e: MetricEstimate) => ({
  value: e.value,
  n: e.sampleSize,
  ...(e.marginOfError !== undefined ? { margin: e.marginOfError } : {}),
});

/**
 * The figures a stage's feeling is measured from (see `measuredFeeling`): the comments and overall
 * ratings of the rows placed there (`group`), and the answers of every row (`everyone`) to ratings
 * about that stage alone, each with its margin; `n` is the larger count of rows behind them.
 */
export function feelingSignals(
  ratingColumns: readonly RatingColumn[],
  group: PlacedRow[],
  stageId: string,
  everyone: PlacedRow[],
): { signals: FeelingSignal[]; n: number } {
  const signals: FeelingSignal[] = [];
  let n = group.length;
  const sentiments = group.map((r) => r.sentiment).filter((v): v is number => v !== undefined);
  if (sentiments.length > 0) signals.push({ kind: "sentiment", ...figure(meanEstimate(sentiments)) });
  ratingColumns.forEach((column, i) => {
    if (column.stageId !== undefined && column.stageId !== stageId) return;
    const from = column.stageId === stageId ? everyone : group;
    const values = from.map((r) => r.ratings[i]).filter((v): v is number => v !== undefined);
    if (values.length === 0) return;
    if (column.stageId === stageId) n = Math.max(n, values.length);
    const e = figure(ratingEstimate(column, values));
    if (column.role === "stars") {
      // On 1..5 whatever the column's scale, so 3 is the middle.
      const scale = column.scale ?? DEFAULT_SCALES.stars;
      const stretch = 4 / (scale.max - scale.min || 1);
      signals.push({
        kind: "stars",
        value: 1 + (e.value - scale.min) * stretch,
        n: e.n,
        ...(e.margin !== undefined ? { margin: e.margin * stretch } : {}),
      });
    } else signals.push({ kind: FEELING_KIND[column.role], ...e });
  });
  return { signals, n };
}

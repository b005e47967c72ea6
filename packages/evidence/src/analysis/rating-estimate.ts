import type { MetricKind } from "@journeykit/core";
import { DEFAULT_SCALES } from "../columns/column-mapping.js";
import {
  cesEstimate,
  csatEstimate,
  type MetricEstimate,
  meanEstimate,
  npsEstimate,
} from "../stats/survey-metrics.js";
import type { RatingColumn } from "./place-rows.js";

/** The metric kind a rating column's answers give. */
export const METRIC_KIND_OF_ROLE: Record<RatingColumn["role"], MetricKind> = {
  nps: "NPS",
  csat: "CSAT",
  ces: "CES",
  stars: "custom",
};

/** A rating column's answers summed up by its role: NPS, CSAT, CES, or the mean of stars. */
export function ratingEstimate(column: RatingColumn, values: number[]): MetricEstimate {
  const scale = column.scale ?? DEFAULT_SCALES[column.role];
  if (column.role === "nps") return npsEstimate(values);
  if (column.role === "csat") return csatEstimate(values, scale);
  if (column.role === "ces") return cesEstimate(values, scale);
  return meanEstimate(values);
}

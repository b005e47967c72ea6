import type { JourneyMap } from "@journeykit/core";
import { type ColumnAssignment, type ColumnMapping, isRatingRole } from "../columns/column-mapping.js";
import type { EvidenceTable } from "../table/evidence-table.js";
import type { RatingColumn } from "./place-rows.js";

/** The columns an analysis reads: all of them, and the ratings and comments among them. */
export interface UsableColumns {
  all: ColumnAssignment[];
  ratings: RatingColumn[];
  comments: ColumnAssignment[];
}

/**
 * The mapping's columns that are in the table, as copies (the caller's mapping is never changed). A
 * rating column about a stage the map does not have is read as overall; that, and a mapping with no
 * rating or comment column, is said in `warnings`.
 */
export function usableColumns(
  map: JourneyMap,
  table: EvidenceTable,
  mapping: ColumnMapping,
  warnings: string[],
): UsableColumns {
  const all = mapping.columns
    .filter((c) => c.index >= 0 && c.index < table.headers.length)
    .map((c) => ({ ...c }));
  const ratings = all.filter((c): c is RatingColumn => isRatingRole(c.role));
  const comments = all.filter((c) => c.role === "comment");
  if (ratings.length === 0 && comments.length === 0)
    warnings.push("no rating or comment column in the mapping: nothing to add");
  for (const c of ratings) {
    if (c.stageId !== undefined && !map.stages.some((s) => s.id === c.stageId)) {
      warnings.push(`column "${table.headers[c.index]}": no stage with id "${c.stageId}"; read as overall`);
      delete c.stageId;
      delete c.touchpointId;
    }
  }
  return { all, ratings, comments };
}

import { createId, type Quote } from "@journeykit/core";
import { DEFAULT_SCALES } from "../columns/column-mapping.js";
import { type PlacedRow, type RatingColumn, SCALE_OF_ROLE } from "./place-rows.js";
import { round3 } from "./round3.js";

/** Makes the quote of a placed row's comment on a stage, with its tags (the themes it mentions). */
export type QuoteOfRow = (row: PlacedRow, stageId: string, tags: string[]) => Quote;

/**
 * Quotes of one source: a comment (cut at 1000 characters) with its sentiment, date and the row's
 * answer to the first overall rating column, shown on that rating's scale.
 */
export function evidenceQuotes(ratingColumns: readonly RatingColumn[], sourceId: string): QuoteOfRow {
  const scoreColumn = ratingColumns.findIndex((c) => c.stageId === undefined);
  return (r, stageId, tags) => {
    const column = ratingColumns[scoreColumn];
    const answer = column ? r.ratings[scoreColumn] : undefined;
    // A help desk's Good/Bad (1-2) shown on the role's usual scale: good 5, bad 1, never "CSAT 2".
    const two = column?.scale && column.scale.max - column.scale.min === 1 ? column.scale : undefined;
    const usual = column ? DEFAULT_SCALES[column.role] : undefined;
    const score =
      two && usual && answer !== undefined ? (answer === two.max ? usual.max : usual.min) : answer;
    const text = r.comment!.length > 1000 ? `${r.comment!.slice(0, 999)}…` : r.comment!;
    return {
      id: createId("quote"),
      text,
      stageId,
      ...(r.touchpointId ? { touchpointId: r.touchpointId } : {}),
      ...(r.personaId ? { personaId: r.personaId } : {}),
      sourceId,
      sentiment: round3(r.sentiment ?? 0),
      ...(column && score !== undefined ? { score, scale: SCALE_OF_ROLE[column.role] } : {}),
      ...(r.date ? { date: r.date } : {}),
      ...(tags.length ? { tags } : {}),
    };
  };
}

import { type Issue, LIMITS } from "@journeykit/core";
import type { CsvRows } from "./csv-rows.js";

/** What a CSV lists: cards (it has a "text" column) or touchpoints ("name" and "channel"). */
export type CsvKind = "cards" | "touchpoints";

/** The kind of records a CSV lists, or the problem that it lists none or more than a map holds. */
export function csvKind({ fields, rows }: CsvRows): { kind: CsvKind } | { error: Issue } {
  const isCards = fields.includes("text");
  const isTouchpoints = !isCards && fields.includes("name") && fields.includes("channel");
  if (!isCards && !isTouchpoints) {
    return {
      error: {
        path: "row 1",
        message: 'header needs a "text" column (cards) or "name" and "channel" columns (touchpoints)',
      },
    };
  }
  const kind = isCards ? "cards" : "touchpoints";
  if (rows.length > LIMITS.maxRecordsPerKind) {
    return {
      error: {
        path: `row ${LIMITS.maxRecordsPerKind + 2}`,
        message: `${rows.length} rows: a map holds at most ${LIMITS.maxRecordsPerKind} ${kind}`,
      },
    };
  }
  return { kind };
}

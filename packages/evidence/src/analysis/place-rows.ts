import type { JourneyMap } from "@journeykit/core";
import { type ColumnAssignment, DEFAULT_SCALES, isRatingRole } from "../columns/column-mapping.js";
import { isMissing, parseAnswer, parseDate, slashDateOrder } from "../columns/parse-answer.js";
import {
  compileMentionRules,
  defaultMentionRules,
  foldText,
  type MentionRule,
} from "../mentions/mention-rules.js";
import { redactPii } from "../privacy/redact-pii.js";
import { scoreSentiment } from "../sentiment/score-sentiment.js";
import type { EvidenceTable } from "../table/evidence-table.js";
import { type Period, periodStart } from "./period.js";

/** A rating column: NPS, CSAT, CES or stars. */
export type RatingColumn = ColumnAssignment & { role: "nps" | "csat" | "ces" | "stars" };

/** The scale name of each rating role (as a quote's `scale`). */
export const SCALE_OF_ROLE = { nps: "nps", csat: "csat", ces: "ces", stars: "stars" } as const;

/** A table row as the analysis reads it: where it sits on the journey and its usable answers. */
export interface PlacedRow {
  stageId?: string;
  touchpointId?: string;
  personaId?: string;
  period?: string;
  date?: string;
  comment?: string;
  sentiment?: number;
  /** One answer per rating column (undefined when missing or unusable). */
  ratings: (number | undefined)[];
}

/**
 * Read every row once: its ratings (off-scale answers left out and counted), its comments joined,
 * redacted and scored for sentiment, its place on the journey (touchpoint column, stage column, else
 * the mention rules), its persona (segment values naming a persona) and its period. Rows with no
 * usable answer are dropped. Warnings (unmatched stage values, off-scale answers, rows on no stage)
 * are added to `options.warnings`.
 */
export function placeRows(
  map: JourneyMap,
  table: EvidenceTable,
  columns: readonly ColumnAssignment[],
  options: { rules?: MentionRule[]; locale?: string; period: Period; warnings: string[] },
): { rows: PlacedRow[]; unassigned: number } {
  const ratingColumns = columns.filter((c): c is RatingColumn => isRatingRole(c.role));
  const commentColumns = columns.filter((c) => c.role === "comment");
  const first = (role: ColumnAssignment["role"]) => columns.find((c) => c.role === role);
  const stageColumn = first("stage");
  const touchpointColumn = first("touchpoint");
  const segmentColumn = first("segment");
  const dateColumn = first("date");
  const stageByName = new Map<string, string>();
  for (const s of map.stages) {
    stageByName.set(foldText(s.name).trim(), s.id);
    stageByName.set(foldText(s.id).trim(), s.id);
  }
  // Stage, touchpoint and segment cells repeat: each distinct text is folded once.
  const folded = new Map<string, string>();
  const fold = (cell: string) => {
    let f = folded.get(cell);
    if (f === undefined) {
      f = foldText(cell).trim();
      if (folded.size < 10_000) folded.set(cell, f);
    }
    return f;
  };
  const touchpointByName = new Map(map.touchpoints.map((t) => [foldText(t.name).trim(), t] as const));
  const personaByName = new Map(map.personas.map((p) => [foldText(p.name).trim(), p.id] as const));
  const mention =
    stageColumn && !options.rules
      ? undefined
      : compileMentionRules(options.rules ?? defaultMentionRules(map));
  const dateOrder = dateColumn
    ? slashDateOrder(table.rows.slice(0, 2000).map((r) => r[dateColumn.index] ?? ""))
    : "mdy";
  const { period, warnings, locale } = options;

  const unmatchedStages = new Map<string, number>();
  const offScale = new Map<number, number>();
  const rows: PlacedRow[] = [];
  let unassigned = 0;
  for (const cells of table.rows) {
    const ratings = ratingColumns.map((c, i) => {
      const cell = cells[c.index] ?? "";
      if (isMissing(cell)) return undefined;
      const value = parseAnswer(cell);
      const scale = c.scale ?? DEFAULT_SCALES[SCALE_OF_ROLE[c.role]];
      const bad =
        value === undefined ||
        value < scale.min ||
        value > scale.max ||
        (c.role === "nps" && !Number.isInteger(value));
      if (bad) {
        offScale.set(i, (offScale.get(i) ?? 0) + 1);
        return undefined;
      }
      return value;
    });
    const texts = commentColumns.map((c) => cells[c.index] ?? "").filter((t) => !isMissing(t));
    const row: PlacedRow = { ratings };
    if (texts.length > 0) {
      row.comment = redactPii(texts.join(" — ").trim());
      row.sentiment = scoreSentiment(row.comment, locale).sentimentValue;
    }
    if (row.comment === undefined && ratings.every((r) => r === undefined)) continue;
    if (touchpointColumn) {
      const tp = touchpointByName.get(fold(cells[touchpointColumn.index] ?? ""));
      if (tp) {
        row.touchpointId = tp.id;
        row.stageId = tp.stageId;
      }
    }
    if (stageColumn && row.stageId === undefined) {
      const cell = (cells[stageColumn.index] ?? "").trim();
      const id = stageByName.get(fold(cell));
      if (id) row.stageId = id;
      else if (!isMissing(cell)) unmatchedStages.set(cell, (unmatchedStages.get(cell) ?? 0) + 1);
    }
    if (row.stageId === undefined && mention && row.comment) {
      const rule = mention(row.comment);
      if (rule) {
        row.stageId = rule.stageId;
        if (rule.touchpointId) row.touchpointId = rule.touchpointId;
      }
    }
    if (row.stageId === undefined) unassigned++;
    if (segmentColumn) {
      const persona = personaByName.get(fold(cells[segmentColumn.index] ?? ""));
      if (persona) row.personaId = persona;
    }
    if (dateColumn) {
      const date = parseDate(cells[dateColumn.index] ?? "", dateOrder);
      if (date) {
        row.date = date;
        row.period = periodStart(date, period);
      }
    }
    rows.push(row);
  }
  if (unmatchedStages.size > 0) {
    const names = [...unmatchedStages.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5);
    warnings.push(
      `stage column: ${unmatchedStages.size} value${unmatchedStages.size === 1 ? "" : "s"} match no stage of the map (${names.map(([n, c]) => `"${n}" ×${c}`).join(", ")})${mention ? "; those rows were placed by the mention rules where possible" : ""}`,
    );
  }
  for (const [i, count] of offScale) {
    const c = ratingColumns[i]!;
    const scale = c.scale ?? DEFAULT_SCALES[SCALE_OF_ROLE[c.role]];
    warnings.push(
      `column "${table.headers[c.index]}": ${count} answer${count === 1 ? "" : "s"} not on the ${scale.min}-${scale.max} scale left out (correct the scale if the survey changed it)`,
    );
  }
  if (unassigned > 0)
    warnings.push(
      `${unassigned} of ${rows.length} rows placed on no stage (they count in the overall figures only)`,
    );

  return { rows, unassigned };
}

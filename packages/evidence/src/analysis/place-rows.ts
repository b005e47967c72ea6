import type { JourneyMap } from "@journeykit/core";
import { type ColumnAssignment, DEFAULT_SCALES, isRatingRole } from "../columns/column-mapping.js";
import { columnAnswers, dateOrder, isMissing, parseDate } from "../columns/parse-answer.js";
import { learnStageWords } from "../mentions/learn-stage-words.js";
import { defaultMentionRules, foldText, type MentionRule } from "../mentions/mention-rules.js";
import type { PlacementSummary } from "../mentions/placement-summary.js";
import { createRulePlacer, type PlacementHow } from "../mentions/rule-placer.js";
import { placementLanguage } from "../mentions/stem-words.js";
import { redactPii } from "../privacy/redact-pii.js";
import { type RespondentRating, ratingAnchor, scoreSentiment } from "../sentiment/score-sentiment.js";
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
  /** How the row found its stage. */
  placedBy: PlacementHow;
}

/**
 * A row's comment as the analysis reads it: its comment cells that hold an answer, joined with " — ",
 * personal data redacted; undefined when none holds one.
 *
 * @example
 * rowComment(["9", "Slow", "call me: 0612345678"], [{ index: 1 }, { index: 2 }]); // "Slow — call me: [phone]"
 */
export function rowComment(
  cells: readonly string[],
  commentColumns: readonly Pick<ColumnAssignment, "index">[],
): string | undefined {
  const texts = commentColumns.map((c) => cells[c.index] ?? "").filter((t) => !isMissing(t));
  return texts.length > 0 ? redactPii(texts.join(" — ").trim()) : undefined;
}

/**
 * Read every row once: its ratings (off-scale answers left out and counted), its comments joined,
 * redacted and scored for sentiment, its place on the journey (touchpoint column, stage column, else
 * the mention rules on stems and synonyms, else words learned from the rows a column placed; a row
 * matching several stages equally is on none), its persona (segment values naming a persona) and its period. Rows with no
 * usable answer are dropped. Warnings (unmatched stage values, off-scale answers, rows on no stage)
 * are added to `options.warnings`.
 */
export function placeRows(
  map: JourneyMap,
  table: EvidenceTable,
  columns: readonly ColumnAssignment[],
  options: {
    rules?: MentionRule[];
    locale?: string;
    period: Period;
    warnings: string[];
    /** The sentiment of a (redacted) comment, −1..1, given the same person's overall rating if any. */
    scoreComment?: (comment: string, rating: RespondentRating | undefined) => number;
  },
): { rows: PlacedRow[]; unassigned: number; placement: PlacementSummary } {
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
  const rules = stageColumn && !options.rules ? [] : (options.rules ?? defaultMentionRules(map));
  const language = placementLanguage(options.locale ?? map.locale);
  const sample = (index: number) => table.rows.slice(0, 2000).map((r) => r[index] ?? "");
  // Day or month first from the whole column's dates, else its header's language and the locale.
  const order = dateColumn
    ? dateOrder(
        table.rows.map((r) => r[dateColumn.index] ?? ""),
        {
          header: table.headers[dateColumn.index] ?? "",
          ...((options.locale ?? map.locale) ? { locale: options.locale ?? map.locale } : {}),
        },
      )
    : "mdy";
  const serialDates = table.format === "xlsx";
  // Labelled answers ("Muy satisfecho", "Good") on the scale each column's answers imply.
  const answers = ratingColumns.map((c) => columnAnswers(sample(c.index)));
  const { period, warnings, locale } = options;
  const score =
    options.scoreComment ??
    ((comment: string, rating: RespondentRating | undefined) =>
      scoreSentiment(comment, locale, rating ? { rating } : {}).sentimentValue);
  // Exports repeat short comments ("Good", "Great service", "n/a"): each, with the polarity its rating
  // gives it, is scored once (a host's scorer is called once per comment anyway).
  const scored = new Map<string, number>();
  const scoreComment = (comment: string, rating: RespondentRating | undefined) => {
    if (comment.length > 1_000) return score(comment, rating);
    const key = `${rating ? ratingAnchor(rating) : 0}\u0000${comment}`;
    let value = scored.get(key);
    if (value === undefined) {
      value = score(comment, rating);
      if (scored.size < 20_000) scored.set(key, value);
    }
    return value;
  };
  // The respondent's overall rating (the first rating column about no one stage) anchors an unclear comment.
  const overall = ratingColumns.findIndex((c) => c.stageId === undefined);

  const unmatchedStages = new Map<string, number>();
  const offScale = new Map<number, number>();
  const rows: PlacedRow[] = [];
  for (const cells of table.rows) {
    const ratings = ratingColumns.map((c, i) => {
      const cell = cells[c.index] ?? "";
      if (isMissing(cell)) return undefined;
      const scale = c.scale ?? DEFAULT_SCALES[SCALE_OF_ROLE[c.role]];
      const value = answers[i]!.read(cell, scale, { whole: c.role === "nps" });
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
    const comment = rowComment(cells, commentColumns);
    const row: PlacedRow = { ratings, placedBy: "none" };
    if (comment !== undefined) {
      row.comment = comment;
      const column = ratingColumns[overall];
      const value = ratings[overall];
      const scale = column ? (column.scale ?? DEFAULT_SCALES[SCALE_OF_ROLE[column.role]]) : undefined;
      row.sentiment = scoreComment(
        row.comment,
        scale && value !== undefined ? { value, ...scale } : undefined,
      );
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
    if (row.stageId !== undefined) row.placedBy = "column";
    if (segmentColumn) {
      const persona = personaByName.get(fold(cells[segmentColumn.index] ?? ""));
      if (persona) row.personaId = persona;
    }
    if (dateColumn) {
      const date = parseDate(cells[dateColumn.index] ?? "", order, { serial: serialDates });
      if (date) {
        row.date = date;
        row.period = periodStart(date, period);
      }
    }
    rows.push(row);
  }
  // Rows no column placed: by the rules, else by the words learned from the rows a column placed.
  const labelled = rows.flatMap((r) =>
    r.placedBy === "column" && r.comment ? [{ text: r.comment, stageId: r.stageId! }] : [],
  );
  const learned = labelled.length > 0 ? learnStageWords(labelled, { language }) : {};
  const placer = createRulePlacer(rules, {
    language,
    comments: rows.flatMap((r) => (r.comment ? [r.comment] : [])),
    learned,
  });
  const several = new Map<string, number>();
  let tiedRows = 0;
  for (const row of rows) {
    if (row.stageId !== undefined || !row.comment) continue;
    const placed = placer.place(row.comment);
    row.placedBy = placed.how;
    if (placed.stageId !== undefined) row.stageId = placed.stageId;
    if (placed.touchpointId !== undefined) row.touchpointId = placed.touchpointId;
    if (placed.how === "several") {
      tiedRows++;
      for (const s of placed.tied ?? []) several.set(s, (several.get(s) ?? 0) + 1);
    }
  }
  const unassigned = rows.filter((r) => r.stageId === undefined).length;
  const placement: PlacementSummary = {
    stages: map.stages.map((stage) => {
      const at = rows.filter((r) => r.stageId === stage.id);
      const count = (how: PlacementHow) => at.filter((r) => r.placedBy === how).length;
      return {
        stageId: stage.id,
        byColumn: count("column"),
        byRule: count("rule"),
        byLearned: count("learned"),
        several: several.get(stage.id) ?? 0,
      };
    }),
    several: tiedRows,
    unplaced: unassigned - tiedRows,
    rules: rules.map((r) => ({ ...r, keywords: [...r.keywords] })),
    ignoredWords: placer.ignored,
    learned,
    language,
  };
  if (placer.ignored.length > 0)
    warnings.push(
      `placing comments: ${placer.ignored.map((w) => `“${w}”`).join(", ")} left out of the rules (in most stages' rules or most comments, so it tells no stage apart)`,
    );
  if (tiedRows > 0)
    warnings.push(
      `${tiedRows} comment${tiedRows === 1 ? "" : "s"} matched several stages equally: on no stage (counted once, in the overall figures only); add a word to a rule to decide`,
    );
  if (unmatchedStages.size > 0) {
    const names = [...unmatchedStages.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5);
    warnings.push(
      `stage column: ${unmatchedStages.size} value${unmatchedStages.size === 1 ? "" : "s"} match no stage of the map (${names.map(([n, c]) => `"${n}" ×${c}`).join(", ")})${rules.length > 0 || Object.keys(learned).length > 0 ? "; those rows were placed by their words where possible" : ""}`,
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

  return { rows, unassigned, placement };
}

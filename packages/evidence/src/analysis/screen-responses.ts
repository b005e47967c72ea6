import { isMissing } from "../columns/parse-answer.js";
import { isUnfinished, type ResponseStatus, responseStatusOf } from "../columns/response-status.js";
import { foldText } from "../mentions/mention-rules.js";
import type { EvidenceTable } from "../table/evidence-table.js";

/** Rows looked at to recognise a status column: as many as `detectColumns` reads. */
const SAMPLE = 2000;
/** Headers naming the id of one response (not of a customer, who may answer again next month). */
const RESPONSE_ID =
  /^(response ?id|responseid|_?record ?id|respondent ?id|respondentid|submission ?id|#|token|review ?id|ticket ?id|id|id de respuesta|antwort-?id|id de reponse|id da resposta|id risposta|antwoord-?id)$/;
/**
 * A timestamp with a time of day (`2026-03-02 09:23:00`, `3/2/2026 9:23`): two rows identical in every
 * cell, this one included, are one submission sent twice. Without one, identical rows can be two
 * people giving the same answers ("Arrive, 4, Waited too long").
 */
const TIMESTAMP = /\d[./-]\d{1,2}[./-]\d.*\b\d{1,2}:\d{2}\b/;

/** The rows an analysis reads, and what was left out and why. */
export interface ScreenedResponses {
  /** The table without unfinished responses and repeated submissions (the same table when none). */
  table: EvidenceTable;
  /** Responses left out as unfinished, partial, previews, tests or spam. */
  unfinished: number;
  /** Later copies of a submission left out (the same response id, or the same row). */
  duplicates: number;
  /** One line each for a person to read in the preview. */
  warnings: string[];
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/**
 * Leave out the rows that are not one complete response each, by a documented rule:
 * - **unfinished**: a `Finished` column (Qualtrics) saying false / 0 / no; else a `Progress` column
 *   below 100; a `Status` column saying partial, incomplete, disqualified, preview, test or spam.
 *   Blank cells count the response in.
 * - **duplicates**: a row whose response id (`ResponseId`, `Respondent ID`, `#`, `Review Id`, `Ticket
 *   Id`, ...) was seen before; without such a column, a row identical in every cell to an earlier one,
 *   its timestamp to the minute included (identical rows without a timestamp can be two people giving
 *   the same answers). The first copy is kept.
 *
 * Each rule that leaves rows out adds a warning with the count. The table's other fields are kept.
 *
 * @example
 * const { table: answered, warnings } = screenResponses(table);
 * warnings; // ["3 unfinished responses left out (Finished = false)", ...]
 */
export function screenResponses(table: EvidenceTable): ScreenedResponses {
  const sample = table.rows.length > SAMPLE ? table.rows.slice(0, SAMPLE) : table.rows;
  const statusColumns: { index: number; kind: ResponseStatus; header: string }[] = [];
  table.headers.forEach((header, index) => {
    const kind = responseStatusOf(
      header,
      sample.map((r) => r[index] ?? ""),
    );
    if (kind && kind !== "duration") statusColumns.push({ index, kind, header });
  });
  // With a Finished column, Progress says nothing more (a finished response can stop short of 100).
  const screens = statusColumns.some((c) => c.kind === "finished")
    ? statusColumns.filter((c) => c.kind !== "progress")
    : statusColumns;
  const idColumn = table.headers.findIndex((h) => RESPONSE_ID.test(foldText(h).trim()));

  const seen = new Set<string>();
  const kept: string[][] = [];
  const unfinishedBy = new Map<string, number>();
  let unfinished = 0;
  let duplicates = 0;
  for (const row of table.rows) {
    const screen = screens.find((c) => isUnfinished(c.kind, row[c.index] ?? ""));
    if (screen) {
      unfinished++;
      const why = `${screen.header} = ${(row[screen.index] ?? "").trim()}`;
      unfinishedBy.set(why, (unfinishedBy.get(why) ?? 0) + 1);
      continue;
    }
    const id = idColumn >= 0 ? (row[idColumn] ?? "").trim() : "";
    const key =
      idColumn >= 0
        ? isMissing(id)
          ? undefined
          : id
        : row.some((cell) => TIMESTAMP.test(cell))
          ? row.join("\u0000")
          : undefined;
    if (key !== undefined) {
      if (seen.has(key)) {
        duplicates++;
        continue;
      }
      seen.add(key);
    }
    kept.push(row);
  }

  const warnings: string[] = [];
  if (unfinished > 0) {
    const reasons = [...unfinishedBy.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([why, n]) => `${why}: ${n}`)
      .join("; ");
    warnings.push(
      `${plural(unfinished, "unfinished response", "unfinished responses")} left out (${reasons}); ${plural(kept.length, "response", "responses")} counted`,
    );
  }
  if (duplicates > 0)
    warnings.push(
      idColumn >= 0
        ? `${plural(duplicates, "repeated submission", "repeated submissions")} left out (the same "${table.headers[idColumn]}" as an earlier row)`
        : `${plural(duplicates, "repeated submission", "repeated submissions")} left out (identical to an earlier row, timestamp included)`,
    );
  if (unfinished === 0 && duplicates === 0) return { table, unfinished, duplicates, warnings };
  return { table: { ...table, rows: kept }, unfinished, duplicates, warnings };
}

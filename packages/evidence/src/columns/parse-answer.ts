import { isUnrated, type LabelScale, labelLevel, labelScaleOf } from "./answer-labels.js";
import type { AnswerScale } from "./column-mapping.js";
import { namedMonthDate } from "./named-month-date.js";

/** Cells that mean "no answer" in survey exports. */
const MISSING = new Set([
  "",
  "n/a",
  "na",
  "n.a.",
  "-",
  "--",
  "—",
  "null",
  "none",
  "k.a.",
  "k. a.",
  "keine angabe",
  "ns/nc",
  "skipped",
  "not answered",
  "#n/a",
]);

/** Whether a cell holds no answer ("", "N/A", "-", a help desk's "Offered" or "Unoffered", ...). */
export function isMissing(cell: string): boolean {
  return MISSING.has(cell.trim().toLowerCase()) || isUnrated(cell);
}

/** A cell that starts like a date ("2/3/2026 9:23:00", "14.03.2026"): never the number 2 or 14. */
const DATE_LIKE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:[T\s,]|$)/;

/** The number written in a cell ("7", "8,5", "9 - Extremely likely", "4 stars", "★★★★"), labels aside. */
function parseNumber(text: string): number | undefined {
  const direct = Number(text);
  if (text !== "" && Number.isFinite(direct)) return direct;
  if (DATE_LIKE.test(text)) return undefined;
  const decimalComma = /^(-?\d+),(\d+)$/.exec(text);
  if (decimalComma) return Number(`${decimalComma[1]}.${decimalComma[2]}`);
  const leading =
    /^(-?\d+(?:[.,]\d+)?)(?:\s*(?:[-–—:=(/]|stars?\b|sterne?\b|estrellas?\b|out of\b|von\b|de\b|\/)|\s*$)/i.exec(
      text,
    );
  if (leading) return Number(leading[1]!.replace(",", "."));
  if (/^★+☆*$/.test(text)) return text.replace(/☆/g, "").length;
  return undefined;
}

/** A level 1..points of a labelled scale, stretched linearly onto a column's scale. */
const onScale = (level: number, labels: LabelScale, scale: AnswerScale) =>
  scale.min + ((level - 1) * (scale.max - scale.min)) / (labels.points - 1);

/**
 * The scale of a labelled column on its own: 1..points (1-2 for Good/Bad, 1-5, 1-7).
 *
 * @example
 * labelledScale({ kind: "rating", points: 2 }); // { min: 1, max: 2 }
 */
export const labelledScale = (labels: LabelScale): AnswerScale => ({ min: 1, max: labels.points });

/**
 * A numeric answer from a cell: "7", "7.5", European "7,5", "9 - Extremely likely", "4 stars", "★★★★",
 * and labelled answers in seven languages (see `answer-labels.ts`), read on their own scale (5 points,
 * 2 for a help desk's Good/Bad) and stretched onto `scale` (default 1..5): "Very satisfied" 5,
 * "Muy insatisfecho" 1, "Good" 5 of 1..5. `undefined` for a missing or unreadable answer, a date, or a
 * help desk's "Offered"/"Unoffered". A column's labels are better read with `columnAnswers`, which
 * tells 5- from 7-point scales by all the column's answers.
 *
 * @example
 * parseAnswer("8,5"); // 8.5
 * parseAnswer("Muy satisfecho"); // 5
 */
export function parseAnswer(cell: string, scale: AnswerScale = { min: 1, max: 5 }): number | undefined {
  const text = cell.trim();
  if (isMissing(text)) return undefined;
  const number = parseNumber(text);
  if (number !== undefined) return number;
  const labels = labelScaleOf([text]);
  const level = labels && labelLevel(text, labels);
  return labels && level !== undefined ? onScale(level, labels, scale) : undefined;
}

/** How the answers of one column are read: numbers as written, labels on the scale the column implies. */
export interface ColumnAnswers {
  /** The labelled scale the column's answers imply (undefined when they are numbers). */
  labels?: LabelScale;
  /**
   * One answer: a number as written; a label at its level on `labels`, stretched linearly onto `scale`
   * (default: the labels' own 1..points) and rounded when `whole` (an NPS column: "Very likely" 8 of
   * 0..10). `undefined` when missing, unrated or unreadable.
   */
  read(cell: string, scale?: AnswerScale, options?: { whole?: boolean }): number | undefined;
}

/**
 * The reader of one column's answers, its labelled scale decided once from its cells (see
 * `labelScaleOf`): "Muy satisfecho"… "Muy insatisfecho" on 1..5, "Strongly agree" on 1..7 when the
 * column also says "Somewhat agree", a help desk's "Good"/"Bad" on 1..2 (good = satisfied).
 *
 * @example
 * const answers = columnAnswers(["Good", "Bad", "Offered"]);
 * answers.labels; // { kind: "rating", points: 2 }
 * answers.read("Good"); // 2
 * answers.read("Bad", { min: 1, max: 5 }); // 1
 */
export function columnAnswers(cells: readonly string[]): ColumnAnswers {
  const labels = labelScaleOf(cells.filter((c) => !isMissing(c)));
  // Answers repeat ("Good", "Muy satisfecho"): each distinct label is looked up once.
  const levels = new Map<string, number | undefined>();
  const levelOf = (text: string, scale: LabelScale) => {
    if (levels.has(text)) return levels.get(text);
    const level = labelLevel(text, scale);
    if (levels.size < 1000) levels.set(text, level);
    return level;
  };
  return {
    ...(labels ? { labels } : {}),
    read(cell, scale, options) {
      const text = cell.trim();
      if (isMissing(text)) return undefined;
      const number = parseNumber(text);
      if (number !== undefined) return number;
      if (!labels) return parseAnswer(text, scale);
      const level = levelOf(text, labels);
      if (level === undefined) return undefined;
      const value = onScale(level, labels, scale ?? labelledScale(labels));
      return options?.whole ? Math.round(value) : value;
    },
  };
}

/** Order of day and month in dates like `2/3/2026`, decided per column (`3/14/2026` can only be month first). */
export type DateOrder = "mdy" | "dmy";

/** Excel's day 0 (1899-12-30, after its 1900 leap-year bug) in ms; serials 20000..80000 are 1954..2119. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A calendar date `YYYY-MM-DD` from a cell, with or without a time: ISO 8601 (`2026-03-14T19:04:11Z`),
 * `YYYY/MM/DD`, `YYYY.MM.DD`, and day and month with `/`, `.` or `-` (`2/3/2026 9:23:00`,
 * `02.03.2026`, `02-03-26`) in the column's `order` (see `dateOrder`), and dates with the month's name
 * in seven languages (`March 2, 2026`, `2 de marzo de 2026`, `2. März 2026`; see `namedMonthDate`). A cell whose first part is above
 * 12 is read day first, whose second part is above 12 month first, whatever the order. With
 * `serial: true` (an .xlsx date column), Excel serial day numbers (`46083.39` is 2026-03-02) too.
 * `undefined` when the cell is not a date.
 *
 * @example
 * parseDate("2/3/2026 9:23:00", "dmy"); // "2026-03-02"
 * parseDate("46083.39", "mdy", { serial: true }); // "2026-03-02"
 */
export function parseDate(
  cell: string,
  order: DateOrder = "mdy",
  options: { serial?: boolean } = {},
): string | undefined {
  const text = cell.trim();
  let m = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T\s,]|$)/.exec(text);
  if (m) return isoDate(+m[1]!, +m[3]!, +m[4]!);
  m = /^(\d{1,2})([./-])(\d{1,2})\2(\d{2}|\d{4})(?:[T\s,]|$)/.exec(text);
  if (m) {
    const [a, b, y] = [+m[1]!, +m[3]!, year(+m[4]!)];
    const dayFirst = a > 12 || (b <= 12 && order === "dmy");
    return dayFirst ? isoDate(y, b, a) : isoDate(y, a, b);
  }
  const named = namedMonthDate(text);
  if (named) return isoDate(...named);
  if (options.serial && /^\d{5}(?:\.\d+)?$/.test(text)) {
    const serial = Math.floor(Number(text));
    if (serial >= 20_000 && serial <= 80_000)
      return new Date(EXCEL_EPOCH + serial * 86_400_000).toISOString().slice(0, 10);
  }
  return undefined;
}

/** Languages whose date headers say the export was written day first ("Marca temporal", "Zeitstempel"). */
const DAY_FIRST_HEADER =
  /marca temporal|fecha|zeitstempel|datum|horodat|\bdate de\b|informazioni cronologiche|\bdata\b|carimbo|tijdstempel|tijd|\bheure\b/i;

/** Locales that write the month first: the US and the Philippines (others write the day first). */
const MONTH_FIRST_LOCALE = /^(en(-us|-ph)?|fil)$/i;

/**
 * The order of day and month in a column of dates, from all its values: day first as soon as one
 * date's first part is above 12 (`14/3/2026`), month first as soon as one's second part is (`3/14/2026`).
 * When every date could be read either way (`2/3/2026`, `5/3/2026`), in this order:
 * 1. the header's language: a date header in Spanish, German, French, Italian, Portuguese or Dutch
 *    ("Marca temporal", "Zeitstempel", "Horodateur", "Informazioni cronologiche", "Carimbo de
 *    data/hora", "Tijdstempel") means a day-first export;
 * 2. dates written with `.` or `-` (`02.03.2026`, `02-03-2026`) are day first;
 * 3. the locale of the export or map: month first for `en`, `en-US`, `en-PH` and `fil`; day first
 *    for every other locale (`en-GB`, `es`, `de`, ...);
 * 4. month first (Google Forms' and Excel's US default).
 *
 * @example
 * dateOrder(["2/3/2026 9:23:00", "14/3/2026 10:01:00"]); // "dmy"
 * dateOrder(["2/3/2026 9:23:00"], { header: "Marca temporal" }); // "dmy"
 */
export function dateOrder(
  cells: readonly string[],
  hints: { header?: string; locale?: string } = {},
): DateOrder {
  let dotOrDash = false;
  for (const cell of cells) {
    const m = /^(\d{1,2})([./-])(\d{1,2})\2\d{2,4}/.exec(cell.trim());
    if (!m) continue;
    if (+m[1]! > 12) return "dmy";
    if (+m[3]! > 12) return "mdy";
    if (m[2] !== "/") dotOrDash = true;
  }
  if (hints.header && DAY_FIRST_HEADER.test(hints.header.normalize("NFKD").replace(/\p{M}/gu, "")))
    return "dmy";
  if (dotOrDash) return "dmy";
  if (hints.locale) return MONTH_FIRST_LOCALE.test(hints.locale.replace("_", "-")) ? "mdy" : "dmy";
  return "mdy";
}

const year = (y: number) => (y < 100 ? 2000 + y : y);

function isoDate(y: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || y < 1900 || y > 2999) return undefined;
  const date = new Date(Date.UTC(y, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

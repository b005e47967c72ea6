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

/** Answer labels of the usual 5-point satisfaction scale (exports that write labels, not numbers). */
const SATISFACTION_LABELS: Record<string, number> = {
  "very dissatisfied": 1,
  dissatisfied: 2,
  "neither satisfied nor dissatisfied": 3,
  neutral: 3,
  satisfied: 4,
  "very satisfied": 5,
  "extremely dissatisfied": 1,
  "extremely satisfied": 5,
  "strongly disagree": 1,
  disagree: 2,
  "somewhat disagree": 3,
  "neither agree nor disagree": 4,
  "somewhat agree": 5,
  agree: 6,
  "strongly agree": 7,
};

/** Whether a cell holds no answer ("", "N/A", "-", ...). */
export function isMissing(cell: string): boolean {
  return MISSING.has(cell.trim().toLowerCase());
}

/**
 * A numeric answer from a cell: "7", "7.5", European "7,5", "9 - Extremely likely", "4 stars", "★★★★",
 * and the labels of the usual satisfaction and agreement scales ("Very satisfied" 5 of 5, "Strongly
 * agree" 7 of 7). `undefined` for a missing or unreadable answer.
 *
 * @example
 * parseAnswer("8,5"); // 8.5
 */
export function parseAnswer(cell: string): number | undefined {
  const text = cell.trim();
  if (isMissing(text)) return undefined;
  const direct = Number(text);
  if (text !== "" && Number.isFinite(direct)) return direct;
  const decimalComma = /^(-?\d+),(\d+)$/.exec(text);
  if (decimalComma) return Number(`${decimalComma[1]}.${decimalComma[2]}`);
  const leading =
    /^(-?\d+(?:[.,]\d+)?)(?:\s*(?:[-–—:=(/]|stars?\b|sterne?\b|estrellas?\b|out of\b|von\b|de\b|\/)|\s*$)/i.exec(
      text,
    );
  if (leading) return Number(leading[1]!.replace(",", "."));
  if (/^★+☆*$/.test(text)) return text.replace(/☆/g, "").length;
  return SATISFACTION_LABELS[text.toLowerCase()];
}

/** Order of day and month in slash dates, decided per column (`3/14/2026` can only be month first). */
export type DateOrder = "mdy" | "dmy";

/**
 * A calendar date `YYYY-MM-DD` from a cell: ISO 8601 (with time), `YYYY/MM/DD`, `DD.MM.YYYY`, and
 * slash dates in the column's order (Google Forms in the US writes `3/14/2026 10:22:31`). `undefined`
 * when the cell is not a date.
 */
export function parseDate(cell: string, order: DateOrder = "mdy"): string | undefined {
  const text = cell.trim();
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T\s]|$)/.exec(text);
  if (m) return isoDate(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{2,4})(?:\s|,|$)/.exec(text);
  if (m) return isoDate(year(+m[3]!), +m[2]!, +m[1]!);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2,4})(?:\s|,|$)/.exec(text);
  if (m) {
    const [a, b] = [+m[1]!, +m[2]!];
    return order === "mdy" ? isoDate(year(+m[3]!), a, b) : isoDate(year(+m[3]!), b, a);
  }
  return undefined;
}

/** The slash-date order of a column's cells: day first as soon as one first part is above 12. */
export function slashDateOrder(cells: readonly string[]): DateOrder {
  for (const cell of cells) {
    const m = /^(\d{1,2})\/(\d{1,2})\/\d{2,4}/.exec(cell.trim());
    if (m && +m[1]! > 12) return "dmy";
    if (m && +m[2]! > 12) return "mdy";
  }
  return "mdy";
}

const year = (y: number) => (y < 100 ? 2000 + y : y);

function isoDate(y: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || y < 1900 || y > 2999) return undefined;
  const date = new Date(Date.UTC(y, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

import { unescapeCsvText } from "./csv-injection.js";
import type { CsvRow } from "./csv-rows.js";

/** A text cell as written (only the CSV-injection `'` removed). */
export const textCell = (row: CsvRow, column: string): string => unescapeCsvText(row[column] ?? "");

/** A value cell (number, enum): surrounding spaces do not count. */
export const valueCell = (row: CsvRow, column: string): string => unescapeCsvText(row[column] ?? "").trim();

/** A list cell: `a; b; c`, blank entries dropped. */
export const splitList = (cell: string): string[] =>
  cell
    .split(";")
    .map((t) => t.trim())
    .filter(Boolean);

import type { ColumnMapping } from "../columns/column-mapping.js";
import { PERSONAL_DATA_NAMES, type PersonalData } from "./personal-data.js";
import { redactPii } from "./redact-pii.js";

/**
 * What a masked cell shows instead of the personal data it holds.
 *
 * @example
 * maskedCell("email"); // "••• personal data (e-mail)"
 */
export const maskedCell = (kind: PersonalData): string =>
  `••• personal data (${PERSONAL_DATA_NAMES[kind].short})`;

/** What stands in for a person's name found in another cell of the same row ("Dear [name], …"). */
const NAME_TOKEN = "[name]";

/** Escape a text for use inside a regular expression. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The capitalised words of three letters or more of the row's name cells ("Maria", "García"; not
 * "de", "van"), as one pattern matching any of them.
 */
function namesOf(row: readonly string[], nameColumns: readonly number[]): RegExp | undefined {
  const words = new Set<string>();
  for (const index of nameColumns)
    for (const word of (row[index] ?? "").split(/[^\p{L}'’-]+/u))
      if (word.length >= 3 && /^\p{Lu}/u.test(word)) words.add(word);
  if (words.size === 0) return undefined;
  const alternatives = [...words].sort((a, b) => b.length - a.length).map(literal);
  return new RegExp(`(?<![\\p{L}])(?:${alternatives.join("|")})(?![\\p{L}])`, "giu");
}

/**
 * Table rows made fit to show on a projector: every non-blank cell of a column the mapping marks as
 * personal data (`ColumnAssignment.personal`) replaced by `maskedCell`; every other cell redacted
 * (`redactPii`: e-mails, links, card and phone numbers inside free text), and the words of the row's
 * own name cells replaced by "[name]" wherever else they appear ("Dear [name] [name], we are sorry").
 * Blank cells stay blank.
 *
 * @example
 * maskPersonalCells([["jo@example.com", "Call +44 20 7946 0958"]], detectColumns(table));
 * // [["••• personal data (e-mail)", "Call [phone]"]]
 */
export function maskPersonalCells(rows: readonly (readonly string[])[], mapping: ColumnMapping): string[][] {
  const personal = new Map<number, PersonalData>();
  for (const column of mapping.columns) if (column.personal) personal.set(column.index, column.personal);
  const nameColumns = [...personal].filter(([, kind]) => kind === "name").map(([index]) => index);
  return rows.map((row) => {
    const names = namesOf(row, nameColumns);
    return row.map((cell, index) => {
      if (cell.trim() === "") return cell;
      const kind = personal.get(index);
      if (kind) return maskedCell(kind);
      const redacted = redactPii(cell);
      return names ? redacted.replace(names, NAME_TOKEN) : redacted;
    });
  });
}

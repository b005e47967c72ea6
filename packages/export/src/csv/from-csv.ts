import { type Issue, type JourneyMap, type ParseResult, parseJourneyMap } from "@journeykit/core";
import { rememberValid } from "../trusted-map.js";
import { CsvImport } from "./csv-import.js";
import { csvKind } from "./csv-kind.js";
import { readCsvRows } from "./csv-rows.js";
import { readCardRow } from "./read-card-row.js";
import { readTouchpointRow } from "./read-touchpoint-row.js";

/** Options of `fromCsv`: the map to merge the rows into (a new map when omitted). */
export interface FromCsvOptions {
  map?: JourneyMap;
}

/** At most this many cell errors are listed (then a count of the rest). */
const MAX_ERRORS = 100;

/** The imported map, validated, or the problems found (the first `MAX_ERRORS`, then how many more). */
function importResult(map: JourneyMap, errors: Issue[]): ParseResult {
  if (errors.length > MAX_ERRORS)
    return {
      ok: false,
      errors: [
        ...errors.slice(0, MAX_ERRORS),
        { path: "", message: `${errors.length - MAX_ERRORS} more problems not shown` },
      ],
    };
  if (errors.length > 0) return { ok: false, errors };
  return rememberValid(parseJourneyMap(map));
}

/**
 * Read a cards or touchpoints CSV (as written by `toCsv`, or by hand: the header names the columns)
 * into a map. Rows update the record with the same id (every column the CSV holds is replaced; a
 * blank cell removes the field) and add the others. Stages, lanes (by title and kind), personas and
 * touchpoints are matched by name (exactly, else ignoring case among the given map's records) and
 * created when missing; a row
 * whose names still match its record's current stage, lane, persona or touchpoint keeps them, so
 * `fromCsv(toCsv(map), { map })` gives `map` back. Text cells lose the `'` that `toCsv` put in front
 * of formula-like text. Bad cells are errors such as
 * `{ path: "row 7, column severity", message: "expected an integer from 1 to 5, got \"high\"" }`;
 * never throws.
 *
 * @example
 * const result = fromCsv(text, { map });
 * if (result.ok) save(result.map);
 */
export function fromCsv(text: string, { map: base }: FromCsvOptions = {}): ParseResult {
  const csv = readCsvRows(text);
  const shape = csvKind(csv);
  if ("error" in shape) return { ok: false, errors: [shape.error] };
  const into = new CsvImport(base, csv.errors);
  const readRow = shape.kind === "cards" ? readCardRow : readTouchpointRow;
  for (const [i, row] of csv.rows.entries()) readRow(into, row, i + 2);
  return importResult(into.map, into.errors);
}

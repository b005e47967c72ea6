import type { Issue } from "@journeykit/core";
import Papa from "papaparse";

/** One CSV row: its cells by column name (the header's, trimmed). */
export type CsvRow = Record<string, string | undefined>;

/** What a CSV holds: its rows, its columns (the header), and the first parse problems (at most 20). */
export interface CsvRows {
  rows: CsvRow[];
  fields: string[];
  errors: Issue[];
}

/** Parse a CSV text with a header row (a leading byte-order mark and blank lines skipped). */
export function readCsvRows(text: string): CsvRows {
  const parsed = Papa.parse<CsvRow>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (header) => header.trim(),
  });
  // A one-column CSV has no delimiter to detect: papaparse then reads it with "," as it should.
  const errors: Issue[] = parsed.errors
    .filter((e) => e.code !== "UndetectableDelimiter")
    .slice(0, 20)
    .map((e) => ({ path: `row ${(e.row ?? 0) + 2}`, message: e.message }));
  return { rows: parsed.data, fields: parsed.meta.fields ?? [], errors };
}

import Papa from "papaparse";
import { decodeText } from "./decode-text.js";
import type { EvidenceTable } from "./evidence-table.js";
import { detectHeaderShape } from "./header-shapes.js";
import { checkWorkbookSize } from "./workbook-size-limit.js";

/** What `readTable` reads: the file's bytes (any encoding, or .xlsx), or text already decoded. */
export type TableInput = string | ArrayBuffer | Uint8Array;

/** Options of `readTable`. */
export interface ReadTableOptions {
  /** The file's name: `.xlsx` selects the spreadsheet reader (otherwise recognised by its bytes). */
  fileName?: string;
  /** The CSV delimiter; found from the text when omitted (`,`, `;`, tab, `|`; Excel's `sep=;` line too). */
  delimiter?: string;
  /** For .xlsx: the worksheet to read (the first when omitted). */
  sheet?: string;
  /**
   * Called as CSV text is parsed, chunk by chunk (`chunkSize`), and once at the end (`fraction` 0..1).
   * Without it the text is parsed in one pass.
   */
  onProgress?: (progress: { rows: number; fraction: number }) => void;
  /** Characters of CSV text parsed per chunk (and progress report); default 4,000,000. */
  chunkSize?: number;
}

const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * Read a survey or feedback export: CSV in any of the encodings and delimiters spreadsheet tools write
 * (UTF-8 with or without BOM, UTF-16 LE/BE as Excel's "Unicode text", Windows-1252; comma, semicolon,
 * tab) via papaparse, or the first sheet of an `.xlsx` workbook (the SheetJS reader, loaded only when
 * an .xlsx is read; a workbook that would inflate past `XLSX_SIZE_LIMITS` is refused first). The header rows of Google Forms, Typeform, SurveyMonkey (two rows), Qualtrics
 * (three rows) and review exports are recognised. Blank rows are skipped; short rows are padded. Pure
 * and DOM-free: runs in a Web Worker as well as in Node. Rejects with a clear message when nothing
 * tabular is found.
 *
 * @example
 * const table = await readTable(await file.arrayBuffer(), { fileName: file.name });
 * table.shape; // "surveymonkey"
 */
export async function readTable(input: TableInput, options: ReadTableOptions = {}): Promise<EvidenceTable> {
  const bytes =
    typeof input === "string" ? undefined : input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes && (isZip(bytes) || /\.xlsx$/i.test(options.fileName ?? ""))) return readWorkbook(bytes, options);
  const decoded = bytes ? decodeText(bytes) : { text: input as string, encoding: undefined };
  return tableFromRows(parseCsv(decoded.text, options), "csv", {
    ...(decoded.encoding ? { encoding: decoded.encoding } : {}),
  });
}

interface ParsedCsv {
  rows: string[][];
  delimiter: string;
}

function parseCsv(source: string, options: ReadTableOptions): ParsedCsv {
  let text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  let delimiter = options.delimiter;
  // Excel's "sep=;" first line names the delimiter.
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) {
    delimiter ??= sep[1];
    text = text.slice(sep[0].length);
  }
  if (!options.onProgress) {
    // Nobody watches progress: one pass, as papaparse alone would do it.
    const result = Papa.parse<string[]>(text, { delimiter: delimiter ?? "", skipEmptyLines: true });
    return { rows: result.data, delimiter: result.meta.delimiter || (delimiter ?? ",") };
  }
  const onProgress = options.onProgress;
  const rows: string[][] = [];
  let found = delimiter ?? ",";
  const total = text.length || 1;
  // papaparse streams a string in chunks too (its StringStreamer); its types only list `chunk` for files.
  const config: Papa.ParseConfig<string[]> & {
    chunkSize: number;
    chunk: (results: Papa.ParseResult<string[]>) => void;
  } = {
    delimiter: delimiter ?? "",
    skipEmptyLines: true,
    chunkSize: options.chunkSize ?? 4_000_000,
    chunk: (results) => {
      found = results.meta.delimiter || found;
      for (const row of results.data) rows.push(row);
      onProgress({ rows: rows.length, fraction: Math.min(1, (results.meta.cursor ?? 0) / total) });
    },
  };
  Papa.parse<string[]>(text, config);
  onProgress({ rows: rows.length, fraction: 1 });
  return { rows, delimiter: found };
}

async function readWorkbook(bytes: Uint8Array, options: ReadTableOptions): Promise<EvidenceTable> {
  // Refused by the size it would inflate to before the reader inflates it all (XLSX_SIZE_LIMITS).
  await checkWorkbookSize(bytes, options.fileName);
  // Loaded on demand: CSV readers never download the spreadsheet reader.
  const XLSX = await import("@e965/xlsx");
  let workbook: ReturnType<typeof XLSX.read>;
  try {
    workbook = XLSX.read(bytes, { type: "array", cellDates: true, dense: true });
  } catch (error) {
    throw new Error(
      `not a readable .xlsx workbook: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const name = options.sheet ?? workbook.SheetNames[0];
  const sheet = name === undefined ? undefined : workbook.Sheets[name];
  if (!sheet) throw new Error(`the workbook has no sheet named ${JSON.stringify(name ?? "")}`);
  const cells = XLSX.utils.sheet_to_json<unknown[]>(sheet, {
    header: 1,
    raw: true,
    defval: "",
    blankrows: false,
  });
  const rows = cells.map((row) => row.map(cellText));
  options.onProgress?.({ rows: rows.length, fraction: 1 });
  return tableFromRows({ rows, delimiter: "" }, "xlsx", {});
}

/** A spreadsheet cell as the text a CSV export would hold (dates as ISO 8601). */
function cellText(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString();
  if (value === null || value === undefined) return "";
  return String(value);
}

function tableFromRows(
  { rows, delimiter }: ParsedCsv,
  format: "csv" | "xlsx",
  extra: { encoding?: string },
): EvidenceTable {
  const warnings: string[] = [];
  const isBlank = (row: readonly string[]) => row.every((cell) => cell.trim() === "");
  const firstFilled = rows.findIndex((row) => !isBlank(row));
  if (firstFilled < 0) throw new Error("no rows found: the file is empty or holds no table");
  const body = rows.slice(firstFilled);
  const shape = detectHeaderShape(body);
  const width = shape.headers.length;
  if (width < 1 || shape.headers.every((h) => h === "")) throw new Error("no header row found");
  const headers = shape.headers.map((h, i) => h || `Column ${i + 1}`);
  const data: string[][] = [];
  let blank = 0;
  let padded = 0;
  let longer = 0;
  for (let r = shape.headerRows; r < body.length; r++) {
    const row = body[r]!;
    if (isBlank(row)) {
      blank++;
      continue;
    }
    if (row.length < width) {
      padded++;
      data.push([...row, ...Array<string>(width - row.length).fill("")]);
    } else {
      if (row.length > width && row.slice(width).some((c) => c.trim() !== "")) longer++;
      data.push(row.length === width ? row : row.slice(0, width));
    }
  }
  if (blank > 0) warnings.push(`${blank} blank row${blank === 1 ? "" : "s"} skipped`);
  if (padded > 0)
    warnings.push(`${padded} row${padded === 1 ? "" : "s"} shorter than the header, padded with blanks`);
  if (longer > 0)
    warnings.push(`${longer} row${longer === 1 ? "" : "s"} longer than the header: extra cells ignored`);
  if (data.length === 0) warnings.push("the table has a header but no answer rows");
  return {
    headers,
    rows: data,
    shape: shape.shape,
    headerRows: shape.headerRows,
    format,
    ...(format === "csv" ? { delimiter } : {}),
    ...extra,
    warnings,
  };
}

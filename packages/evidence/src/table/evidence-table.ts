/** The export a table came from, recognised by its header rows. */
export type ExportShape = "google-forms" | "typeform" | "surveymonkey" | "qualtrics" | "reviews" | "generic";

/**
 * A survey or feedback table as read from a file: one header per column and the answer rows, every cell
 * a string (blank cells are `""`). Lives in memory only: `applyEvidence` never stores rows in a map.
 */
export interface EvidenceTable {
  /** One header per column (for SurveyMonkey and Qualtrics: the question text, joined from the header rows). */
  headers: string[];
  /** The data rows (blank rows left out), each as long as `headers`. */
  rows: string[][];
  /** What the header rows looked like. */
  shape: ExportShape;
  /** How many rows of the file were headers (1; 2 for SurveyMonkey; 3 for Qualtrics). */
  headerRows: number;
  /** The file format read. */
  format: "csv" | "xlsx";
  /** For CSV: the delimiter found (or given). */
  delimiter?: string;
  /** For CSV: the text encoding found (`utf-8`, `utf-16le`, `utf-16be`, `windows-1252`). */
  encoding?: string;
  /** What was noticed while reading: blank rows skipped, short rows padded, ... */
  warnings: string[];
}

/** Text cells starting with these could run as formulas in a spreadsheet (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralise a text cell for spreadsheets: a leading `=`, `+`, `-`, `@`, tab or CR gets a `'` in
 * front (OWASP's advice). Numbers are never passed here, so `-2` in a numeric column stays a number.
 *
 * @example
 * escapeCsvText("=HYPERLINK(\"http://evil\")"); // "'=HYPERLINK(\"http://evil\")"
 */
export function escapeCsvText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undo `escapeCsvText` when reading a CSV back. */
export function unescapeCsvText(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

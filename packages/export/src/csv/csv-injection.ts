/**
 * Text cells starting with these could run as formulas in a spreadsheet (CSV injection). Text that
 * already starts with `'` before one of them gets one more `'`, so reading back is exact.
 */
const NEEDS_ESCAPE = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;

/**
 * Neutralise a text cell for spreadsheets: a leading `=`, `+`, `-`, `@`, tab or CR gets a `'` in
 * front (OWASP's advice). Numbers are never passed here, so `-2` in a numeric column stays a number.
 * A text that itself starts with `'` followed by such a character also gets one more `'`, so
 * `unescapeCsvText(escapeCsvText(t)) === t` for every string.
 *
 * @example
 * escapeCsvText("=HYPERLINK(\"http://evil\")"); // "'=HYPERLINK(\"http://evil\")"
 */
export function escapeCsvText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? `'${text}` : text;
}

/**
 * Undo `escapeCsvText` when reading a CSV back: one leading `'` before `'*` and a formula character
 * is removed; any other text is returned as it is.
 *
 * @example
 * unescapeCsvText("'=SUM(A1:A3)"); // "=SUM(A1:A3)"
 */
export function unescapeCsvText(text: string): string {
  return ESCAPED.test(text) ? text.slice(1) : text;
}

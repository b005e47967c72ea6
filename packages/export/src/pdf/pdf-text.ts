import { toWellFormedText } from "@journeykit/core";

/** Tabs and Word's line and page breaks (U+000B, U+000C): a space between the words. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: Word's breaks are control characters
const BREAKS = /[\t\u000b\u000c]/g;
/** Other control characters (a stray NUL, a newline inside a line): nothing a PDF page should draw. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/g;

/**
 * Text a PDF can draw: lone surrogates replaced by U+FFFD (`toWellFormedText`), tabs and Word's line
 * and page breaks made spaces, other control characters removed, as in the SVG (`escapeXml`) and the
 * PPTX (`pptText`).
 *
 * @example
 * pdfText("Line\u000bbreak\u0000"); // "Line break"
 */
export function pdfText(text: string): string {
  return toWellFormedText(text).replace(BREAKS, " ").replace(CONTROL, "");
}

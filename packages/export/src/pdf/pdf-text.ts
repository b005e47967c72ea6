import { toWellFormedText } from "@journeykit/core";

/** Control characters (Word's vertical tab, a stray NUL): nothing a PDF page should draw. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/g;

/**
 * Text a PDF can draw: lone surrogates replaced by U+FFFD (`toWellFormedText`), control characters
 * removed, as the SVG (`escapeXml`) and the PPTX (`pptText`) remove them.
 *
 * @example
 * pdfText("Line\u000bbreak"); // "Linebreak"
 */
export function pdfText(text: string): string {
  return toWellFormedText(text).replace(CONTROL, "");
}

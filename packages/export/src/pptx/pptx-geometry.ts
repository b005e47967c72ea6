import { toWellFormedText } from "@journeykit/core";
import { dashPattern } from "../slides/item-geometry.js";
import type { SlideDash } from "../slides/slide-model.js";

/** The font PowerPoint draws with (LibreOffice substitutes the metric-compatible Liberation Sans). */
export const PPTX_FONT = "Arial";

/** Points per inch: the slide model is in points, pptxgenjs places shapes in inches. */
export const POINTS_PER_INCH = 72;

/** Hex colour without "#", as pptxgenjs wants it; 8-digit colours drop their alpha. */
export function pptColor(color: string): string {
  const hex = color.replace("#", "");
  if (hex.length === 3)
    return hex
      .split("")
      .map((c) => c + c)
      .join("")
      .toUpperCase();
  return hex.slice(0, 6).toUpperCase();
}

/** Line and page breaks pasted from Word (vertical tab, form feed): a space between the words. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: Word's breaks are control characters
const BREAKS = /[\u000B\u000C]/g;
/** Characters XML 1.0 does not allow at all: C0 controls other than tab/newline/CR, U+FFFE/F. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping XML-invalid characters is the point
const INVALID_XML = /[\u0000-\u0008\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Text as a PPTX part can carry it: lone surrogates become U+FFFD (`toWellFormedText`; JSZip would
 * write them as invalid UTF-8), Word's line and page breaks (U+000B, U+000C) become spaces and other
 * control characters XML cannot carry are removed (pptxgenjs escapes markup itself). Every string
 * from the document enters the deck through this.
 */
export function pptText(text: string): string {
  return toWellFormedText(text).replace(BREAKS, " ").replace(INVALID_XML, "");
}

/**
 * A dash as PowerPoint names it: a short one (4 on or less, the emotion scale's dots) is `sysDash`,
 * a longer one `dash`; none for a solid line.
 */
export function pptDash(dash: SlideDash | undefined): { dashType?: "dash" | "sysDash" } {
  const pattern = dashPattern(dash);
  if (!pattern) return {};
  return { dashType: pattern[0]! <= 4 ? "sysDash" : "dash" };
}

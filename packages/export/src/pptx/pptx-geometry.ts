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

/**
 * Text as a PPTX part can carry it: lone surrogates become U+FFFD (`toWellFormedText`; JSZip would
 * write them as invalid UTF-8) and control characters XML cannot carry are removed (pptxgenjs
 * escapes markup itself). Every string from the document enters the deck through this.
 */
export function pptText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping XML-invalid characters is the point
  return toWellFormedText(text).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
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

import { approximateTextWidth, fitLine, type TextMeasurer, wrapText } from "@journeykit/core";

/**
 * Text widths in points on slides: the core measurer widened by 10%, the width of DejaVu Sans (the
 * font embedded in PDFs and drawn in PNGs); PowerPoint's Arial is narrower, so text measured here
 * fits in every output.
 */
export const slideMeasure: TextMeasurer = (text, font) => approximateTextWidth(text, font) * 1.1;

/** Font sizes on slides, in points: body text at 12 and nothing below 10 (readable from the back of a room). */
export const TYPE = {
  title: 22,
  heading: 14,
  body: 12,
  small: 10.5,
  /** The smallest text on any slide. */
  min: 10,
} as const;

/** Line height as a multiple of the font size. */
export const LINE = 1.3;

/** `text` wrapped to `width` points at `size` (bold when asked), at most `maxLines` (the last ends in "…" when cut). */
export function wrap(text: string, width: number, size: number, bold = false, maxLines = 99): string[] {
  return wrapText(text, Math.max(width, 1), slideMeasure, { size, weight: bold ? 700 : 400 }, maxLines);
}

/** `text` on one line of at most `width` points ("…" when cut). */
export function fit(text: string, width: number, size: number, bold = false): string {
  return fitLine(text, Math.max(width, 1), slideMeasure, { size, weight: bold ? 700 : 400 });
}

/** Width in points of `text`. */
export function measure(text: string, size: number, bold = false): number {
  return slideMeasure(text, { size, weight: bold ? 700 : 400 });
}

import { fitLine, wrapText } from "@journeykit/core";
import type { SlideParagraph, SlideText } from "../slides/slide-model.js";
import { LINE } from "../slides/slide-text.js";
import type { MapFrame } from "./map-frame.js";

/** A font to measure with: its size in picture units and its weight (600 or more is drawn bold). */
export interface MapFont {
  size: number;
  weight?: number;
}

/** `text` on one line of at most `width` ("…" when cut), measured as the picture draws it. */
export function fitIn(frame: MapFrame, text: string, width: number, font: MapFont): string {
  return fitLine(text, Math.max(width, 1), frame.measure, font);
}

/** `text` wrapped to `width`, at most `maxLines` (the last ends in "…" when cut). */
export function wrapIn(
  frame: MapFrame,
  text: string,
  width: number,
  font: MapFont,
  maxLines: number,
): string[] {
  return wrapText(text, Math.max(width, 1), frame.measure, font, maxLines);
}

/** A paragraph in `font`. */
export function paragraph(text: string, font: MapFont, color: string): SlideParagraph {
  return { text, size: font.size, color, ...((font.weight ?? 400) >= 600 ? { bold: true } : {}) };
}

/**
 * Lines of text placed by their baselines: the first at `baseline`, the next `pitch` lower (default
 * the size × `LINE`), starting at `x` (its right edge with `align: "right"`, its centre with "center",
 * within `w`).
 */
export function textAt(
  name: string,
  at: { x: number; baseline: number; w: number; pitch?: number },
  paragraphs: SlideParagraph[],
  style: Partial<Pick<SlideText, "align" | "svg">> = {},
): SlideText {
  const size = paragraphs[0]?.size ?? 10;
  const lineHeight = (at.pitch ?? size * LINE) / size;
  return {
    type: "text",
    name,
    x: style.align === "right" ? at.x - at.w : style.align === "center" ? at.x - at.w / 2 : at.x,
    y: at.baseline - size * ((lineHeight - 1) / 2 + 0.8),
    w: at.w,
    h: paragraphs.length * size * lineHeight,
    paragraphs,
    padding: 0,
    ...(at.pitch === undefined ? {} : { lineHeight }),
    ...style,
  };
}

import type { SlideDash, SlideText } from "./slide-model.js";
import { LINE } from "./slide-text.js";

/** The dash every backend draws for `dash: true`: 6 on, 4 off. */
const DEFAULT_DASH = [6, 4] as const;

/**
 * Baselines of a text item's paragraphs: each line box is `size × lineHeight` tall (default `LINE`)
 * after the paragraph's `spaceBefore`, the glyphs centred in it. SVG and PDF place text here; PowerPoint sets it itself.
 */
export function paragraphBaselines(item: SlideText): number[] {
  const line = item.lineHeight ?? LINE;
  const total = item.paragraphs.reduce((h, p) => h + (p.spaceBefore ?? 0) + p.size * line, 0);
  let y = item.valign === "middle" ? item.y + (item.h - total) / 2 : item.y + item.padding;
  return item.paragraphs.map((p) => {
    y += p.spaceBefore ?? 0;
    const baseline = y + p.size * ((line - 1) / 2 + 0.8);
    y += p.size * line;
    return baseline;
  });
}

/** The corner radius of a rounded box: its own, else the smaller of 6 and a quarter of its height. */
export function cornerRadius(item: { h: number; radius?: number }): number {
  return item.radius ?? Math.min(6, item.h / 4);
}

/** On/off lengths of a dash (none for a solid line). */
export function dashPattern(dash: SlideDash | undefined): readonly number[] | undefined {
  if (dash === true) return DEFAULT_DASH;
  return dash && dash.length > 0 ? dash : undefined;
}

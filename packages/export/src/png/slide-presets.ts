/** Slide-sized PNG frames, in CSS pixels at pixel ratio 1. */
export const SLIDE_PRESETS = {
  /** Widescreen slide (PowerPoint, Keynote, Google Slides default). */
  "16:9": { width: 1920, height: 1080 },
  /** Classic 4:3 slide. */
  "4:3": { width: 1600, height: 1200 },
  /** A4 landscape at 150 dpi. */
  A4: { width: 1754, height: 1240 },
} as const;

/** A slide preset name. */
export type SlidePreset = keyof typeof SLIDE_PRESETS;

/** Height of the title bar drawn above the map in a slide frame. */
export const SLIDE_TITLE_HEIGHT = 96;
const MARGIN = 48;

/**
 * Where the map goes inside a slide frame: the scale (at most 2) and offset that fit content of the
 * given size below the title bar, centred, with a margin; `titleX` is where the title starts.
 *
 * @example
 * const { frame, scale, x, y } = fitIntoSlide("16:9", { width: 2400, height: 900 }); // frame 1920×1080
 */
export function fitIntoSlide(preset: SlidePreset, content: { width: number; height: number }) {
  const frame = SLIDE_PRESETS[preset];
  const available = { width: frame.width - 2 * MARGIN, height: frame.height - SLIDE_TITLE_HEIGHT - MARGIN };
  const scale = Math.min(available.width / content.width, available.height / content.height, 2);
  return {
    frame,
    scale,
    x: Math.round((frame.width - content.width * scale) / 2),
    y: Math.round(SLIDE_TITLE_HEIGHT + (available.height - content.height * scale) / 2),
    titleX: MARGIN,
  };
}

import type { JourneyMap } from "@journeykit/core";
import type { ExportLanguageOptions } from "../i18n/export-catalogue.js";
import { SLIDE_PRESETS, type SlidePreset } from "../png/slide-presets.js";
import { buildSlides } from "../slides/build-slides.js";
import type { SlideDeck } from "../slides/slide-model.js";
import { renderDeckSlideSvg } from "./render-deck-svg.js";
import { SVG_FONT_FAMILY } from "./render-svg.js";

/**
 * Options of `renderSlideSvg`. `locale` and `messages` (`ExportLanguageOptions`) set the deck's
 * language, as `buildSlides` takes them (unused with a `deck`, already written in one).
 */
export interface RenderSlideSvgOptions extends ExportLanguageOptions {
  /** The slide frame: `"16:9"` (1920 × 1080), `"4:3"` (1600 × 1200) or `"A4"` landscape (1754 × 1240). */
  preset: SlidePreset;
  /** Which slide of the deck, from 1 (default 1: the overview); `buildSlides` lists them. */
  slide?: number;
  theme?: "light" | "dark";
  /** Fill of the slide (default the theme's background). */
  background?: string;
  /** Font family list written into the SVG (family names only, never a URL). */
  fontFamily?: string;
  /** A deck already built for this map and preset (`buildSlides`), to draw several slides without rebuilding it. */
  deck?: SlideDeck;
}

/**
 * One slide of the deck `toPptx` and `toPdf` make (`buildSlides`), as a slide-sized SVG: titled,
 * fitted to the frame, text at slide sizes (nothing under 10 pt), blueprint lines, touchpoints with
 * channels, metric badges and personas as in the deck. Only that slide's content is drawn, so a
 * slide of a 1,000-card map is as quick to rasterize as one of a small map. What `renderPng` in
 * `@journeykit/cli` rasterizes for a preset. Text is escaped; throws an Error naming the first
 * problems when the map is invalid, a RangeError for a slide number outside the deck.
 *
 * @example
 * const svg = renderSlideSvg(map, { preset: "16:9", slide: 3 }); // width="1920" height="1080"
 */
export function renderSlideSvg(map: JourneyMap, options: RenderSlideSvgOptions): string {
  const frame = SLIDE_PRESETS[options.preset];
  if (!frame)
    throw new RangeError(
      `preset must be one of ${Object.keys(SLIDE_PRESETS).join(", ")}, got ${String(options.preset)}`,
    );
  const deck =
    options.deck ??
    buildSlides(map, {
      size: options.preset,
      theme: options.theme ?? "light",
      locale: options.locale,
      messages: options.messages,
    });
  const number = options.slide ?? 1;
  const slide = deck.slides[number - 1];
  if (!Number.isInteger(number) || !slide)
    throw new RangeError(`slide must be a whole number from 1 to ${deck.slides.length}, got ${number}`);
  const themed = options.background
    ? { ...deck, theme: { ...deck.theme, background: options.background } }
    : deck;
  return renderDeckSlideSvg(themed, slide, {
    scale: frame.width / deck.width,
    fontFamily: options.fontFamily ?? SVG_FONT_FAMILY,
  });
}

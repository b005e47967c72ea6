import { createRequire } from "node:module";
import { approximateTextWidth, type JourneyMap, type TextMeasurer } from "@journeykit/core";
import {
  assertPngFits,
  embedMapInPng,
  renderSlideSvg,
  renderSvg,
  SLIDE_PRESETS,
  type SlidePreset,
  SVG_THEMES,
  trustedMap,
} from "@journeykit/export";
import { Resvg } from "@resvg/resvg-js";

const require = createRequire(import.meta.url);
/** DejaVu Sans ships with the package, so a fresh machine renders the same text (no system fonts). */
const FONT_FILES = [
  require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
  require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
];
const FONT_FAMILY = "DejaVu Sans";
/** DejaVu Sans runs about 10% wider than the default measurer's Inter-like metrics. */
const dejaVuWidth: TextMeasurer = (text, font) => approximateTextWidth(text, font) * 1.1;

/** The size an SVG from `renderSvg` declares on its root element. */
function svgSize(svg: string): { width: number; height: number } {
  const match = /^<svg[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"/.exec(svg);
  if (!match) throw new Error("renderPng: the SVG declares no size");
  return { width: Number(match[1]), height: Number(match[2]) };
}

/** Options of `renderPng`. */
export interface RenderPngOptions {
  /** Pixel ratio, above 0 and at most 8 (default 1; 2 for crisp slides). */
  scale?: number;
  /** Fit the map into a slide-sized frame with a title bar; the whole map at its own size when omitted. */
  preset?: SlidePreset;
  /** Colour theme (default `"light"`). */
  theme?: "light" | "dark";
  /** Background colour (default the theme's). */
  background?: string;
  /** Embed the map JSON in the PNG so it opens again as an editable map (default true). */
  embedMap?: boolean;
}

/**
 * Headless PNG in Node, from the same layout as the editor and `renderSvg`, rendered by resvg with a
 * bundled open-licence font (DejaVu Sans; no system fonts are read). The PNG carries the map (read it
 * back with `fromPng` from `@journeykit/export`). Throws an `InvalidMapError` naming where an invalid
 * map is wrong, a `RangeError` for a scale outside (0, 8], and, before anything is rasterized, a
 * `PngSizeError` naming the largest scale that fits when the image would exceed the pixel budget
 * shared with the browser's `exportPng` (`PNG_PIXEL_BUDGET`: 16,384 px per side, 268,435,456 px in all).
 *
 * @example
 * import { renderPng } from "@journeykit/cli";
 * await writeFile("map.png", await renderPng(map, { preset: "16:9", scale: 2 }));
 */
export async function renderPng(map: JourneyMap, options: RenderPngOptions = {}): Promise<Uint8Array> {
  const valid = trustedMap(map);
  const scale = options.scale ?? 1;
  if (!(scale > 0 && scale <= 8)) throw new RangeError(`scale must be above 0 and at most 8, got ${scale}`);
  const theme = options.theme ?? "light";
  const background = options.background ?? SVG_THEMES[theme].background;
  const drawing = { theme, fontFamily: FONT_FAMILY, measureText: dejaVuWidth };
  const svg = options.preset
    ? renderSlideSvg(valid, { ...drawing, preset: options.preset, background })
    : renderSvg(valid, drawing);
  const size = options.preset ? SLIDE_PRESETS[options.preset] : svgSize(svg);
  assertPngFits(size.width, size.height, scale, "headless");
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    background,
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
  });
  const png = new Uint8Array(resvg.render().asPng());
  return options.embedMap === false ? png : embedMapInPng(png, valid);
}

import { createRequire } from "node:module";
import { approximateTextWidth, type JourneyMap, layoutJourneyMap, type TextMeasurer } from "@journeykit/core";
import { Resvg } from "@resvg/resvg-js";
import { escapeXml } from "../svg/escape-xml.js";
import { renderLayoutSvg } from "../svg/render-svg.js";
import { darkTheme, lightTheme } from "../svg/svg-theme.js";
import { trustedMap } from "../trusted-map.js";
import { embedMapInPng } from "./png-metadata.js";
import { fitIntoSlide, SLIDE_TITLE_HEIGHT, type SlidePreset } from "./slide-presets.js";

const require = createRequire(import.meta.url);
/** DejaVu Sans ships with the package, so a fresh machine renders the same text (no system fonts). */
const FONT_FILES = [
  require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
  require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
];
const FONT_FAMILY = "DejaVu Sans";
/** DejaVu Sans runs about 10% wider than the default measurer's Inter-like metrics. */
const dejaVuWidth: TextMeasurer = (text, font) => approximateTextWidth(text, font) * 1.1;

/** Options of `renderPng`. */
export interface RenderPngOptions {
  /** Pixel ratio (default 1; 2 for crisp slides). */
  scale?: number;
  /** Fit the map into a slide-sized frame with a title bar; the whole map at its own size when omitted. */
  preset?: SlidePreset;
  theme?: "light" | "dark";
  /** Background colour (default the theme's). */
  background?: string;
  /** Embed the map JSON in the PNG so it opens again as an editable map (default true). */
  embedMap?: boolean;
}

/**
 * Headless PNG in Node, from the same layout as the editor and `renderSvg`, rendered by resvg with a
 * bundled open-licence font. The PNG carries the map (see `fromPng`).
 *
 * @example
 * await writeFile("map.png", await renderPng(map, { preset: "16:9", scale: 2 }));
 */
export async function renderPng(map: JourneyMap, options: RenderPngOptions = {}): Promise<Uint8Array> {
  const valid = trustedMap(map);
  const scale = options.scale ?? 1;
  if (!(scale > 0 && scale <= 8)) throw new RangeError(`scale must be between 0 and 8, got ${scale}`);
  const theme = options.theme === "dark" ? darkTheme : lightTheme;
  const background = options.background ?? theme.background;
  const layout = layoutJourneyMap(valid, { title: !options.preset, measureText: dejaVuWidth });
  const inner = renderLayoutSvg(valid, layout, theme, FONT_FAMILY);
  let svg = inner;
  if (options.preset) {
    const fit = fitIntoSlide(options.preset, layout);
    const body = inner.replace(/^<svg[^>]*>/, "").replace(/<\/svg>$/, "");
    svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${fit.frame.width}" height="${fit.frame.height}" viewBox="0 0 ${fit.frame.width} ${fit.frame.height}" font-family="${FONT_FAMILY}">` +
      `<rect width="100%" height="100%" fill="${escapeXml(background)}"/>` +
      `<text x="${fit.titleX}" y="${SLIDE_TITLE_HEIGHT / 2 + 8}" font-size="34" font-weight="700" fill="${theme.text}">${escapeXml(valid.title)}</text>` +
      `<text x="${fit.titleX}" y="${SLIDE_TITLE_HEIGHT / 2 + 34}" font-size="16" fill="${theme.muted}">${escapeXml(layout.title?.subtitle ?? `${valid.state === "future" ? "Future state" : "Current state"} · ${valid.stages.length} stages`)}</text>` +
      `<g transform="translate(${fit.x} ${fit.y}) scale(${fit.scale})">${body}</g></svg>`;
  }
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    background,
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
  });
  const png = new Uint8Array(resvg.render().asPng());
  return options.embedMap === false ? png : embedMapInPng(png, valid);
}

import type { JourneyMap } from "@journeykit/core";
import { layoutJourneyMap } from "@journeykit/core";
import { fitIntoSlide, SLIDE_TITLE_HEIGHT, type SlidePreset } from "../png/slide-presets.js";
import { trustedMap } from "../trusted-map.js";
import { escapeXml } from "./escape-xml.js";
import { type RenderSvgOptions, renderLayoutSvg, SVG_FONT_FAMILY } from "./render-svg.js";
import { SVG_THEMES } from "./svg-theme.js";

/** Options of `renderSlideSvg`: those of `renderSvg` (the map's own title bar is replaced by the slide's), plus the frame. */
export interface RenderSlideSvgOptions extends Omit<RenderSvgOptions, "title"> {
  /** The slide frame the map is fitted into. */
  preset: SlidePreset;
  /** Fill of the slide behind the map (default the theme's background). */
  background?: string;
}

/**
 * A slide-sized SVG: the map's title and state in a title bar, the whole map (`renderSvg`'s drawing,
 * from the same layout) scaled to fit below it, on a background. What `renderPng` in
 * `@journeykit/cli` rasterizes, and the same frame `exportPng` draws in the browser. Text is escaped;
 * throws an Error naming the first problems when the map is invalid.
 *
 * @example
 * const svg = renderSlideSvg(map, { preset: "16:9", theme: "dark" }); // width="1920" height="1080"
 */
export function renderSlideSvg(map: JourneyMap, options: RenderSlideSvgOptions): string {
  const valid = trustedMap(map);
  const theme = SVG_THEMES[options.theme ?? "light"];
  const fontFamily = options.fontFamily ?? SVG_FONT_FAMILY;
  const background = options.background ?? theme.background;
  const layout = layoutJourneyMap(valid, {
    title: false,
    ...(options.measureText ? { measureText: options.measureText } : {}),
    ...(options.hiddenPersonaIds ? { hiddenPersonaIds: options.hiddenPersonaIds } : {}),
  });
  const body = renderLayoutSvg(valid, layout, theme, fontFamily, options.measureText)
    .replace(/^<svg[^>]*>/, "")
    .replace(/<\/svg>$/, "");
  const fit = fitIntoSlide(options.preset, layout);
  const subtitle = `${valid.state === "future" ? "Future state" : "Current state"} · ${valid.stages.length} stages`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${fit.frame.width}" height="${fit.frame.height}" viewBox="0 0 ${fit.frame.width} ${fit.frame.height}" font-family="${escapeXml(fontFamily)}">` +
    `<rect width="100%" height="100%" fill="${escapeXml(background)}"/>` +
    `<text x="${fit.titleX}" y="${SLIDE_TITLE_HEIGHT / 2 + 8}" font-size="34" font-weight="700" fill="${theme.text}">${escapeXml(valid.title)}</text>` +
    `<text x="${fit.titleX}" y="${SLIDE_TITLE_HEIGHT / 2 + 34}" font-size="16" fill="${theme.muted}">${escapeXml(subtitle)}</text>` +
    `<g transform="translate(${fit.x} ${fit.y}) scale(${fit.scale})">${body}</g></svg>`
  );
}

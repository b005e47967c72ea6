import {
  approximateTextWidth,
  type JourneyLayout,
  type JourneyMap,
  layoutJourneyMap,
  type TextMeasurer,
} from "@journeykit/core";
import { drawMap } from "../map-drawing/draw-map.js";
import { layoutFrame } from "../map-drawing/map-frame.js";
import { darkTheme, type ExportTheme, lightTheme } from "../theme/export-theme.js";
import { trustedMap } from "../trusted-map.js";
import { escapeXml } from "./escape-xml.js";
import { itemsSvg } from "./item-svg.js";
import { attrs } from "./svg-attributes.js";

/** Options of `renderSvg`. */
export interface RenderSvgOptions {
  theme?: "light" | "dark";
  /** Draw the title bar (default true). */
  title?: boolean;
  measureText?: TextMeasurer;
  hiddenPersonaIds?: readonly string[];
  /** Font family list written into the SVG (family names only, never a URL). */
  fontFamily?: string;
}

/** The default font stack: Inter where installed, DejaVu Sans (bundled for headless PNG), then system fonts. */
export const SVG_FONT_FAMILY = "Inter, 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif";

/** The SVG markup of a layout: the map's drawing items at scale 1 (`drawMap`); `renderSvg` validates the map first. */
export function renderLayoutSvg(
  map: JourneyMap,
  layout: JourneyLayout,
  theme: ExportTheme,
  fontFamily: string,
  measure: TextMeasurer = approximateTextWidth,
): string {
  const background = itemsSvg(
    [
      {
        type: "shape",
        name: "Background",
        shape: "rect",
        x: 0,
        y: 0,
        w: layout.width,
        h: layout.height,
        fill: theme.background,
      },
    ],
    theme,
  );
  const root = attrs([
    ["width", layout.width],
    ["height", layout.height],
    ["viewBox", `0 0 ${layout.width} ${layout.height}`],
    ["font-family", fontFamily],
    ["role", "img"],
    ["aria-label", `Journey map: ${map.title}`],
  ]);
  const items = drawMap(map, layout, theme, layoutFrame(layout, measure));
  return `<svg xmlns="http://www.w3.org/2000/svg"${root}><title>${escapeXml(map.title)}</title>${background}${itemsSvg(items, theme)}</svg>`;
}

/**
 * A standalone, deterministic SVG of the whole map from the model alone (no DOM): stage headers,
 * lanes, cards with wrapped text, emotion curves with a legend, moments of truth, metrics and
 * blueprint lines. All text is escaped; the SVG holds no script, event attribute or external
 * reference. Throws an Error naming the first problems when the map is invalid.
 *
 * @example
 * const svg = renderSvg(map, { theme: "dark" });
 */
export function renderSvg(map: JourneyMap, options: RenderSvgOptions = {}): string {
  const valid = trustedMap(map);
  const layout = layoutJourneyMap(valid, {
    title: options.title ?? true,
    ...(options.measureText ? { measureText: options.measureText } : {}),
    ...(options.hiddenPersonaIds ? { hiddenPersonaIds: options.hiddenPersonaIds } : {}),
  });
  return renderLayoutSvg(
    valid,
    layout,
    options.theme === "dark" ? darkTheme : lightTheme,
    options.fontFamily ?? SVG_FONT_FAMILY,
    options.measureText,
  );
}

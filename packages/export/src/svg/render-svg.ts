import {
  approximateTextWidth,
  type JourneyLayout,
  type JourneyMap,
  layoutJourneyMap,
  type TextMeasurer,
} from "@journeykit/core";
import type { ExportLanguageOptions } from "../i18n/export-catalogue.js";
import { type ExportText, exportText } from "../i18n/export-text.js";
import { drawMap } from "../map-drawing/draw-map.js";
import { layoutFrame } from "../map-drawing/map-frame.js";
import { darkTheme, type ExportTheme, lightTheme } from "../theme/export-theme.js";
import { trustedMap } from "../trusted-map.js";
import { escapeXml } from "./escape-xml.js";
import { itemsSvg } from "./item-svg.js";
import { attrs } from "./svg-attributes.js";

/**
 * Options of `renderSvg`. `locale` and `messages` (`ExportLanguageOptions`) set the language of the
 * map's labels and the SVG's own words: `renderSvg(map, { locale: "es", messages: await
 * loadExportMessages("es") })`.
 */
export interface RenderSvgOptions extends ExportLanguageOptions {
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

/**
 * The SVG markup of a layout: the map's drawing items at scale 1 (`drawMap`) in the words of `text`
 * (the layout's own words are the layout's); `renderSvg` validates the map first.
 */
export function renderLayoutSvg(
  map: JourneyMap,
  layout: JourneyLayout,
  theme: ExportTheme,
  fontFamily: string,
  text: ExportText,
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
    ["aria-label", text.t("svg.label", { title: map.title })],
  ]);
  const items = drawMap(map, layout, theme, layoutFrame(layout, measure), text);
  return `<svg xmlns="http://www.w3.org/2000/svg"${root}><title>${escapeXml(map.title)}</title>${background}${itemsSvg(items, theme)}</svg>`;
}

/**
 * A standalone, deterministic SVG of the whole map from the model alone (no DOM): stage headers,
 * lanes, cards with wrapped text, emotion curves with a legend, moments of truth, metrics and
 * blueprint lines. Its words (the layout's and its own: the scale, the legend, tooltips, the
 * aria-label) are in the language of `messages`, English without. All text is escaped; the SVG
 * holds no script, event attribute or external reference. Throws an Error naming the first problems
 * when the map is invalid.
 *
 * @example
 * const svg = renderSvg(map, { theme: "dark" });
 * const spanish = renderSvg(map, { locale: "es", messages: { ...coreEs, ...exportEs } });
 */
export function renderSvg(map: JourneyMap, options: RenderSvgOptions = {}): string {
  const valid = trustedMap(map);
  const text = exportText(options, valid.locale);
  const layout = layoutJourneyMap(valid, {
    ...text.labels,
    title: options.title ?? true,
    ...(options.measureText ? { measureText: options.measureText } : {}),
    ...(options.hiddenPersonaIds ? { hiddenPersonaIds: options.hiddenPersonaIds } : {}),
  });
  return renderLayoutSvg(
    valid,
    layout,
    options.theme === "dark" ? darkTheme : lightTheme,
    options.fontFamily ?? SVG_FONT_FAMILY,
    text,
    options.measureText,
  );
}

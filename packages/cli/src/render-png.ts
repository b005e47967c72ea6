import { approximateTextWidth, type JourneyMap, type TextMeasurer } from "@journeykit/core";
import {
  assertPngFits,
  buildSlides,
  type ExportLanguageOptions,
  embedMapInPng,
  loadExportMessages,
  renderSlideSvg,
  renderSvg,
  SLIDE_PRESETS,
  type SlidePreset,
  SVG_THEMES,
  trustedMap,
} from "@journeykit/export";
import { createCanvas, GlobalFonts, Image } from "@napi-rs/canvas";
import { bundledFonts, FONT_FAMILY } from "./render-fonts.js";
import { encodePng } from "./render-png-encode.js";

/** DejaVu Sans runs about 10% wider than the default measurer's Inter-like metrics. */
const dejaVuWidth: TextMeasurer = (text, font) => approximateTextWidth(text, font) * 1.1;

let registered = false;
/** Hand the bundled fonts to Skia once per process, as buffers (no file is opened per image or per text). */
function registerFonts() {
  if (registered) return;
  const fonts = bundledFonts();
  for (const bytes of [fonts.regular, fonts.bold, fonts.italic]) GlobalFonts.register(bytes, FONT_FAMILY);
  registered = true;
}

/** The size an SVG declares on its root element. */
function svgSize(svg: string): { width: number; height: number } {
  const match = /^<svg[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"/.exec(svg);
  if (!match) throw new Error("renderPng: the SVG declares no size");
  return { width: Number(match[1]), height: Number(match[2]) };
}

/**
 * Options of `renderPng`. `locale` is the language of the words drawn (English, Spanish, German or
 * French; loaded then) and of the numbers; `messages` are a host's own words over those.
 */
export interface RenderPngOptions extends ExportLanguageOptions {
  /** Pixel ratio, above 0 and at most 8 (default 1; 2 for crisp slides). Fewer pixels, less work. */
  scale?: number;
  /** Width of the PNG in pixels (the height follows); overrides `scale`. */
  width?: number;
  /** Draw one slide of the deck (`buildSlides`) in a slide-sized frame; the whole map when omitted. */
  preset?: SlidePreset;
  /** Which slide with a preset, from 1 (default 1: the overview). */
  slide?: number;
  /** Colour theme (default `"light"`). */
  theme?: "light" | "dark";
  /** Background colour (default the theme's). */
  background?: string;
  /** Embed the map JSON in the PNG so it opens again as an editable map (default true). */
  embedMap?: boolean;
}

/**
 * Headless PNG in Node: with a `preset`, one slide of the same deck as `toPptx` and `toPdf` (titled,
 * fitted, nothing under 10 pt; only that slide is drawn, so a slide of a huge map is quick); without,
 * the whole map from the same layout as the editor and `renderSvg`. Drawn by Skia (@napi-rs/canvas)
 * with the bundled DejaVu Sans, registered once from memory (no system fonts are read). The PNG
 * carries the map (read it back with `fromPng`). Throws an `InvalidMapError` naming where an invalid
 * map is wrong, a `RangeError` for a scale outside (0, 8], a width outside 1..16,384 or a slide
 * outside the deck, and, before anything is rasterized, a `PngSizeError` naming the largest scale that
 * fits when the image would exceed the pixel budget shared with the browser's `exportPng`.
 *
 * @example
 * import { renderPng } from "@journeykit/cli";
 * await writeFile("map.png", await renderPng(map, { preset: "16:9", slide: 3, scale: 2 }));
 * await writeFile("mapa.png", await renderPng(map, { locale: "es" }));
 */
export async function renderPng(map: JourneyMap, options: RenderPngOptions = {}): Promise<Uint8Array> {
  const theme = options.theme ?? "light";
  const background = options.background ?? SVG_THEMES[theme].background;
  const { locale } = options;
  const messages =
    locale === undefined ? options.messages : { ...(await loadExportMessages(locale)), ...options.messages };
  // Each path validates the map once (buildSlides and trustedMap throw InvalidMapError); renderSvg and
  // renderSlideSvg are given the validated map, which export remembers, and a map the CLI read is known too.
  const deck = options.preset
    ? buildSlides(map, { size: options.preset, theme, locale, messages })
    : undefined;
  const valid = deck ? deck.map : trustedMap(map);
  const svg =
    deck && options.preset
      ? renderSlideSvg(valid, {
          preset: options.preset,
          slide: options.slide ?? 1,
          theme,
          background,
          fontFamily: FONT_FAMILY,
          deck,
        })
      : renderSvg(valid, { theme, fontFamily: FONT_FAMILY, measureText: dejaVuWidth, locale, messages });
  const size = options.preset ? SLIDE_PRESETS[options.preset] : svgSize(svg);
  if (
    options.width !== undefined &&
    !(Number.isInteger(options.width) && options.width >= 1 && options.width <= 16_384)
  )
    throw new RangeError(`width must be a whole number of pixels from 1 to 16384, got ${options.width}`);
  const scale = options.width !== undefined ? options.width / size.width : (options.scale ?? 1);
  if (!(scale > 0 && scale <= 8)) throw new RangeError(`scale must be above 0 and at most 8, got ${scale}`);
  assertPngFits(size.width, size.height, scale, "headless");
  const width = Math.max(1, Math.round(size.width * scale));
  const height = Math.max(1, Math.round(size.height * scale));
  registerFonts();
  // The SVG declares the output size (its viewBox keeps the drawing's units), so Skia draws vectors at that size.
  const image = new Image();
  image.src = Buffer.from(
    svg.replace(
      /^<svg([^>]*?)\swidth="[\d.]+"([^>]*?)\sheight="[\d.]+"/,
      `<svg$1 width="${width}"$2 height="${height}"`,
    ),
  );
  const canvas = createCanvas(width, height);
  const context = canvas.getContext("2d");
  context.fillStyle = background;
  context.fillRect(0, 0, width, height);
  // An opaque background (any CSS colour without transparency) leaves every pixel opaque.
  const opaque = context.getImageData(0, 0, 1, 1).data[3] === 255;
  context.drawImage(image, 0, 0, width, height);
  const png = encodePng(canvas.data(), width, height, { opaque });
  return options.embedMap === false ? png : embedMapInPng(png, valid);
}

import type { JourneyMap } from "@journeykit/core";
import { arrayBufferBytes } from "../array-buffer-bytes.js";
import { type ExportLanguageOptions, withLanguage } from "../i18n/export-catalogue.js";
import { buildSlides } from "../slides/build-slides.js";
import { addSlideItems } from "./add-slide-items.js";
import { dashChartSeries } from "./dash-chart-series.js";
import { pptColor, pptText } from "./pptx-geometry.js";
import { themeColours } from "./theme-colours.js";

/**
 * Options of `toPptx`. `locale` is the deck's language: `{ locale: "es" }` writes every word in
 * Spanish (its words are loaded then) and numbers as Spanish writes them; `messages` are a host's own
 * words over those.
 */
export interface ToPptxOptions extends ExportLanguageOptions {
  theme?: "light" | "dark";
  /** Slide size: widescreen `"16:9"` (default, 13.333 × 7.5 in) or `"4:3"` (10 × 7.5 in). */
  size?: "16:9" | "4:3";
  /** Deck title in the file's properties (default the map's title). */
  title?: string;
}

const MASTER = "journeykit";

/**
 * JSZip's (pako's) deflate level for the deck's parts: level 1 compresses the XML of a 1,000-card
 * deck in a fraction of level 6's time for a slightly larger file (see the export bench).
 */
const PPTX_DEFLATE_LEVEL = 1;

/**
 * A PowerPoint deck with native, editable shapes, from the same slide model as the PDF and slide
 * PNGs (`buildSlides`): an overview of the stages, the emotion curve as a native line chart (its data
 * editable in PowerPoint; a persona's measured curve is a dashed series "<name> (measured)"), one slide per group of stages at a readable size (body text 12 pt, nothing
 * under 10 pt) with service-blueprint lines, touchpoints and metric badges and speaker notes per stage,
 * a slide per persona with the empathy map, and the moments at risk with the metrics as tables. Shapes
 * carry names ("Stage 2: Order online", "Line of visibility"); the map's colours are the deck theme's
 * and its slide master's. Every word is in the language of `locale` (English, Spanish, German or
 * French; that language's words are loaded on first use). Returns the .pptx bytes; throws
 * `InvalidMapError` when the map is invalid.
 *
 * @example
 * await writeFile("journey.pptx", await toPptx(map, { size: "4:3" }));
 * await writeFile("recorrido.pptx", await toPptx(map, { locale: "es" })); // "NPS +32 ±6,3"
 */
export async function toPptx(map: JourneyMap, options: ToPptxOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const size = options.size ?? "16:9";
  if (size !== "16:9" && size !== "4:3")
    throw new RangeError(`size must be "16:9" or "4:3", got ${String(size)}`);
  const { locale, messages } = await withLanguage(options);
  const deck = buildSlides(map, { size, theme: options.theme ?? "light", locale, messages });
  // Loaded on first use: hosts that never export a deck never load pptxgenjs (nor JSZip).
  const { default: PptxGenJS } = await import("pptxgenjs");
  const pptx = new PptxGenJS();
  pptx.layout = size === "16:9" ? "LAYOUT_WIDE" : "LAYOUT_4x3";
  pptx.title = pptText(options.title ?? deck.title);
  pptx.company = "journeykit";
  pptx.theme = { headFontFace: "Arial", bodyFontFace: "Arial" };
  pptx.defineSlideMaster({
    title: MASTER,
    background: { color: pptColor(deck.theme.background) },
    slideNumber: {
      x: deck.width / 72 - 0.7,
      y: deck.height / 72 - 0.32,
      w: 0.5,
      h: 0.25,
      fontSize: 10,
      color: pptColor(deck.theme.muted),
      fontFace: "Arial",
      align: "right",
    },
  });
  for (const model of deck.slides) {
    const slide = pptx.addSlide({ masterName: MASTER });
    addSlideItems(pptx, slide, model.items);
    if (model.notes) slide.addNotes(pptText(model.notes));
  }
  // pptxgenjs zips its parts without compression when asked for bytes; the parts are read back once,
  // finished (dashed series, theme colours) and compressed once.
  const stored = (await pptx.write({ outputType: "uint8array" })) as Uint8Array;
  const { default: JSZip } = await import("jszip");
  const zip = await JSZip.loadAsync(stored);
  const dashed = deck.slides.flatMap((slide) =>
    slide.items.flatMap((item) =>
      item.type === "chart" ? item.series.filter((s) => s.dashed).map((s) => pptText(s.name)) : [],
    ),
  );
  await dashChartSeries(zip, dashed);
  await themeColours(zip, deck, deck.map);
  return arrayBufferBytes(
    await zip.generateAsync({
      type: "uint8array",
      compression: "DEFLATE",
      compressionOptions: { level: PPTX_DEFLATE_LEVEL },
    }),
  );
}

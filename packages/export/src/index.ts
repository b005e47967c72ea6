// @journeykit/export: browser-safe (no Node built-ins). The CLI and headless PNG are in @journeykit/cli.
export { escapeCsvText, unescapeCsvText } from "./csv/csv-injection.js";
export { type FromCsvOptions, fromCsv } from "./csv/from-csv.js";
export { CARD_COLUMNS, TOUCHPOINT_COLUMNS, type ToCsvOptions, toCsv } from "./csv/to-csv.js";
// --- i18n: the exporters' own words in English (es, de, fr: `@journeykit/export/locales/…`) ---
export {
  type ExportLanguageOptions,
  type ExportMessages,
  type ExportWords,
  loadExportMessages,
} from "./i18n/export-catalogue.js";
export { type ExportMessageKey, exportEn } from "./i18n/export-messages/en.js";
export { fromJson, toJson } from "./json/to-json.js";
export { fromMermaid } from "./mermaid/from-mermaid.js";
export { emotionToMermaidScore, mermaidScoreToEmotion } from "./mermaid/mermaid-scores.js";
export { toMarkdown } from "./mermaid/to-markdown.js";
export { toMermaid } from "./mermaid/to-mermaid.js";
export type { PdfFonts } from "./pdf/pdf-fonts.js";
export { type ToPdfOptions, toPdf } from "./pdf/to-pdf.js";
export { type ExportPngOptions, exportPng } from "./png/export-png.js";
export {
  assertPngFits,
  CANVAS_LIMITS,
  fitsPixelBudget,
  maxPixelRatioFor,
  PNG_PIXEL_BUDGET,
  PngSizeError,
  pngPixelSize,
} from "./png/pixel-budget.js";
export { embedMapInPng, fromPng, PNG_MAP_KEYWORD } from "./png/png-metadata.js";
export { fitIntoSlide, SLIDE_PRESETS, type SlidePreset } from "./png/slide-presets.js";
export { type ToPptxOptions, toPptx } from "./pptx/to-pptx.js";
export { type BuildSlidesOptions, buildSlides } from "./slides/build-slides.js";
export {
  SLIDE_SIZES,
  type Slide,
  type SlideChart,
  type SlideDash,
  type SlideDeck,
  type SlideItem,
  type SlideLine,
  type SlideParagraph,
  type SlidePath,
  type SlidePathCommand,
  type SlideShape,
  type SlideSize,
  type SlideTable,
  type SlideTableCell,
  type SlideText,
  type SvgMeta,
} from "./slides/slide-model.js";
export { escapeXml } from "./svg/escape-xml.js";
export { renderDeckSlideSvg } from "./svg/render-deck-svg.js";
export { type RenderSlideSvgOptions, renderSlideSvg } from "./svg/render-slide-svg.js";
export { type RenderSvgOptions, renderSvg, SVG_FONT_FAMILY } from "./svg/render-svg.js";
export { SVG_THEMES, type SvgTheme } from "./theme/export-theme.js";
export { InvalidMapError, trustedMap } from "./trusted-map.js";

// @journeykit/export: browser-safe entry (no Node built-ins). Node-only exporters are in "./node".
export { escapeCsvText, unescapeCsvText } from "./csv/csv-injection";
export { type FromCsvOptions, fromCsv } from "./csv/from-csv";
export { CARD_COLUMNS, TOUCHPOINT_COLUMNS, type ToCsvOptions, toCsv } from "./csv/to-csv";
export { fromJson, toJson } from "./json/to-json";
export { fromMermaid } from "./mermaid/from-mermaid";
export { emotionToMermaidScore, mermaidScoreToEmotion } from "./mermaid/mermaid-scores";
export { toMermaid } from "./mermaid/to-mermaid";
export {
  CANVAS_LIMITS,
  type ExportPngOptions,
  exportPng,
  maxPixelRatioFor,
  PngSizeError,
} from "./png/export-png";
export { embedMapInPng, fromPng, PNG_MAP_KEYWORD } from "./png/png-metadata";
export { fitIntoSlide, SLIDE_PRESETS, type SlidePreset } from "./png/slide-presets";
export { type ToPptxOptions, toPptx } from "./pptx/to-pptx";
export { escapeXml } from "./svg/escape-xml";
export { type RenderSvgOptions, renderSvg, SVG_FONT_FAMILY } from "./svg/render-svg";
export { InvalidMapError, trustedMap } from "./trusted-map";

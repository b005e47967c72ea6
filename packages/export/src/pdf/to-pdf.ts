import type { JourneyMap } from "@journeykit/core";
import { type ExportLanguageOptions, withLanguage } from "../i18n/export-catalogue.js";
import { exportText } from "../i18n/export-text.js";
import { buildSlides } from "../slides/build-slides.js";
import { drawPdfSlide } from "./draw-pdf-slide.js";
import { isTrueType, PDF_FONT_FAMILY, type PdfFonts, toBase64, toWinAnsi } from "./pdf-fonts.js";
import type { PdfTextStyle } from "./pdf-paint.js";

/**
 * Options of `toPdf`. `locale` is the document's language: `{ locale: "de" }` writes every word in
 * German (its words are loaded then) and numbers as German writes them; `messages` are a host's own
 * words over those.
 */
export interface ToPdfOptions extends ExportLanguageOptions {
  /** Page size, landscape: `"A4"` (default, 297 × 210 mm) or `"Letter"` (11 × 8.5 in). */
  size?: "A4" | "Letter";
  theme?: "light" | "dark";
  /**
   * TrueType fonts to embed (e.g. DejaVu Sans, which `@journeykit/cli` ships): every character they
   * cover is drawn and stays selectable and searchable. Without them the PDF uses the viewer's
   * Helvetica (not embedded) and characters outside Latin-1 become "?".
   */
  fonts?: PdfFonts;
  /** Document title in the PDF's properties (default the map's title). */
  title?: string;
}

/**
 * A vector PDF of the same slide model as `toPptx` (`buildSlides`): an overview page, the emotion
 * curve, a page per group of stages (body text 12 pt, nothing under 10 pt; blueprint lines,
 * touchpoints, metric badges), a page per persona with the empathy map, and the moments at risk with
 * the metrics; a bookmark per page; every word in the language of `locale`. Text is real text
 * (selectable, searchable). jsPDF is loaded on first use, so a browser app only downloads it when
 * someone exports a PDF. Works in browsers and Node. Throws `InvalidMapError` when the map is invalid, a RangeError for an unknown size, a
 * TypeError when a font is not a TrueType file.
 *
 * @example
 * const regular = new Uint8Array(await (await fetch("/fonts/DejaVuSans.ttf")).arrayBuffer());
 * const pdf = await toPdf(map, { size: "Letter", fonts: { regular } });
 * const german = await toPdf(map, { locale: "de", fonts: { regular } });
 */
export async function toPdf(map: JourneyMap, options: ToPdfOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const size = options.size ?? "A4";
  if (size !== "A4" && size !== "Letter")
    throw new RangeError(`size must be "A4" or "Letter", got ${String(size)}`);
  const language = await withLanguage(options);
  const deck = buildSlides(map, {
    size,
    theme: options.theme ?? "light",
    locale: language.locale,
    messages: language.messages,
  });
  for (const [name, bytes] of Object.entries(options.fonts ?? {}))
    if (bytes && !isTrueType(bytes)) throw new TypeError(`fonts.${name} is not a TrueType (.ttf) font`);
  const { jsPDF } = await import("jspdf");
  const doc = new jsPDF({
    orientation: "landscape",
    unit: "pt",
    format: [deck.width, deck.height],
    compress: true,
  });
  let style: PdfTextStyle = {
    family: "helvetica",
    styles: new Set(["normal", "bold", "italic"]),
    clean: toWinAnsi,
  };
  if (options.fonts) {
    const styles = new Set<string>();
    for (const [key, fontStyle] of [
      ["regular", "normal"],
      ["bold", "bold"],
      ["italic", "italic"],
    ] as const) {
      const bytes = options.fonts[key];
      if (!bytes) continue;
      const file = `${PDF_FONT_FAMILY}-${fontStyle}.ttf`;
      doc.addFileToVFS(file, toBase64(bytes));
      doc.addFont(file, PDF_FONT_FAMILY, fontStyle);
      styles.add(fontStyle);
    }
    style = { family: PDF_FONT_FAMILY, styles, clean: (text) => text };
  }
  doc.setProperties({
    title: options.title ?? deck.title,
    creator: "journeykit",
    subject: exportText(language).t("pdf.subject"),
  });
  deck.slides.forEach((slide, i) => {
    if (i > 0) doc.addPage([deck.width, deck.height], "landscape");
    drawPdfSlide(doc, deck, slide, style);
    doc.outline.add(null, slide.title, { pageNumber: i + 1 });
  });
  return new Uint8Array(doc.output("arraybuffer"));
}

import type { jsPDF } from "jspdf";
import { paragraphBaselines } from "../slides/item-geometry.js";
import type { Slide, SlideDeck, SlideItem, SlidePath, SlideTable, SlideText } from "../slides/slide-model.js";
import { LINE } from "../slides/slide-text.js";
import type { ExportTheme } from "../theme/export-theme.js";
import { drawPdfChart } from "./draw-pdf-chart.js";
import { hex, type PdfTextStyle, paint, setDash, setFont, shape } from "./pdf-paint.js";
import { pdfText } from "./pdf-text.js";

function drawText(doc: jsPDF, item: SlideText, style: PdfTextStyle) {
  const mode = paint(doc, item.fill, item.stroke, item.strokeWidth);
  if (mode && item.shape) shape(doc, item.shape, item, mode);
  const baselines = paragraphBaselines(item);
  const align = item.align ?? "left";
  const x =
    align === "center"
      ? item.x + item.w / 2
      : align === "right"
        ? item.x + item.w - item.padding
        : item.x + item.padding;
  item.paragraphs.forEach((p, i) => {
    if (!p.text) return;
    setFont(doc, style, p);
    doc.setFontSize(p.size);
    doc.setTextColor(hex(p.color));
    doc.text(style.clean(p.bullet ? `• ${p.text}` : p.text), x, baselines[i]!, {
      align,
      baseline: "alphabetic",
    });
  });
}

/** A curve: jsPDF's path operators, stroked with round caps (as the SVG draws it). */
function drawPath(doc: jsPDF, item: SlidePath) {
  if (item.commands.length === 0) return;
  doc.setDrawColor(hex(item.color));
  doc.setLineWidth(item.width);
  setDash(doc, item.dash);
  doc.setLineCap("round");
  doc.setLineJoin("round");
  for (const c of item.commands) {
    if (c.op === "C") doc.curveTo(c.x1, c.y1, c.x2, c.y2, c.x, c.y);
    else if (c.op === "L") doc.lineTo(c.x, c.y);
    else doc.moveTo(c.x, c.y);
  }
  doc.stroke();
  doc.setLineCap("butt");
  doc.setLineJoin("miter");
  setDash(doc, false);
}

function drawTable(doc: jsPDF, item: SlideTable, theme: ExportTheme, style: PdfTextStyle) {
  let y = item.y;
  item.rows.forEach((row, r) => {
    let x = item.x;
    const h = item.rowHeights[r]!;
    row.forEach((cell, c) => {
      const w = item.colWidths[c]!;
      shape(doc, "rect", { x, y, w, h }, paint(doc, cell.fill ?? theme.background, item.border)!);
      setFont(doc, style, cell);
      doc.setFontSize(item.size);
      doc.setTextColor(hex(cell.color));
      cell.lines.forEach((line, i) => {
        doc.text(style.clean(line), x + 4, y + 4 + item.size * ((LINE - 1) / 2 + 0.8) + i * item.size * LINE);
      });
      x += w;
    });
    y += h;
  });
}

function drawItem(doc: jsPDF, item: SlideItem, theme: ExportTheme, style: PdfTextStyle) {
  switch (item.type) {
    case "shape": {
      const mode = paint(doc, item.fill, item.stroke, item.strokeWidth);
      if (mode) shape(doc, item.shape, item, mode);
      return;
    }
    case "text":
      return drawText(doc, item, style);
    case "line":
      doc.setDrawColor(hex(item.color));
      doc.setLineWidth(item.width);
      setDash(doc, item.dash);
      doc.line(item.x1, item.y1, item.x2, item.y2);
      setDash(doc, false);
      return;
    case "path":
      return drawPath(doc, item);
    case "table":
      return drawTable(doc, item, theme, style);
    case "chart":
      return drawPdfChart(doc, item, theme, style);
  }
}

/**
 * Draw one slide of the model on the current PDF page, over the theme's background: vector shapes and
 * selectable text (control characters removed, then `style.clean`).
 */
export function drawPdfSlide(doc: jsPDF, deck: SlideDeck, slide: Slide, style: PdfTextStyle): void {
  doc.setFillColor(hex(deck.theme.background));
  doc.rect(0, 0, deck.width, deck.height, "F");
  const safe = { ...style, clean: (text: string) => style.clean(pdfText(text)) };
  for (const item of slide.items) drawItem(doc, item, deck.theme, safe);
}

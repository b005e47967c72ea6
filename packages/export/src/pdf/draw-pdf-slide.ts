import type { jsPDF } from "jspdf";
import { chartGeometry } from "../slides/chart-geometry.js";
import type { Slide, SlideDeck, SlideItem, SlideParagraph, SlideText } from "../slides/slide-model.js";
import { LINE, TYPE } from "../slides/slide-text.js";
import { paragraphBaselines } from "../svg/render-deck-svg.js";

/** How text is set: the font family and a function that makes a string drawable in it. */
export interface PdfTextStyle {
  family: string;
  /** Styles the family has ("bold", "italic"); missing ones fall back to "normal". */
  styles: ReadonlySet<string>;
  clean: (text: string) => string;
}

const hex = (color: string) => `#${color.replace("#", "").slice(0, 6)}`;

function setFont(doc: jsPDF, style: PdfTextStyle, p: Pick<SlideParagraph, "bold" | "italic">) {
  const wanted = p.bold ? "bold" : p.italic ? "italic" : "normal";
  doc.setFont(style.family, style.styles.has(wanted) ? wanted : "normal");
}

function paint(
  doc: jsPDF,
  fill: string | undefined,
  stroke: string | undefined,
  width = 0.75,
): "F" | "S" | "FD" | undefined {
  if (fill) doc.setFillColor(hex(fill));
  if (stroke) {
    doc.setDrawColor(hex(stroke));
    doc.setLineWidth(width);
  }
  return fill && stroke ? "FD" : fill ? "F" : stroke ? "S" : undefined;
}

function shape(
  doc: jsPDF,
  kind: "rect" | "roundRect" | "ellipse",
  x: number,
  y: number,
  w: number,
  h: number,
  mode: "F" | "S" | "FD",
) {
  if (kind === "ellipse") doc.ellipse(x + w / 2, y + h / 2, w / 2, h / 2, mode);
  else if (kind === "roundRect") {
    const r = Math.min(6, h / 4);
    doc.roundedRect(x, y, w, h, r, r, mode);
  } else doc.rect(x, y, w, h, mode);
}

function drawText(doc: jsPDF, item: SlideText, style: PdfTextStyle) {
  const mode = paint(doc, item.fill, item.stroke, item.strokeWidth);
  if (mode && item.shape) shape(doc, item.shape, item.x, item.y, item.w, item.h, mode);
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

function drawItem(doc: jsPDF, item: SlideItem, deck: SlideDeck, style: PdfTextStyle) {
  switch (item.type) {
    case "shape": {
      const mode = paint(doc, item.fill, item.stroke, item.strokeWidth);
      if (mode) shape(doc, item.shape, item.x, item.y, item.w, item.h, mode);
      return;
    }
    case "text":
      return drawText(doc, item, style);
    case "line":
      doc.setDrawColor(hex(item.color));
      doc.setLineWidth(item.width);
      doc.setLineDashPattern(item.dash ? [6, 4] : [], 0);
      doc.line(item.x1, item.y1, item.x2, item.y2);
      doc.setLineDashPattern([], 0);
      return;
    case "table": {
      let y = item.y;
      item.rows.forEach((row, r) => {
        let x = item.x;
        const h = item.rowHeights[r]!;
        row.forEach((cell, c) => {
          const w = item.colWidths[c]!;
          shape(doc, "rect", x, y, w, h, paint(doc, cell.fill ?? deck.theme.background, item.border)!);
          setFont(doc, style, cell);
          doc.setFontSize(item.size);
          doc.setTextColor(hex(cell.color));
          cell.lines.forEach((line, i) => {
            doc.text(
              style.clean(line),
              x + 4,
              y + 4 + item.size * ((LINE - 1) / 2 + 0.8) + i * item.size * LINE,
            );
          });
          x += w;
        });
        y += h;
      });
      return;
    }
    case "chart": {
      const g = chartGeometry(item);
      const { theme } = deck;
      setFont(doc, style, {});
      doc.setFontSize(TYPE.body);
      doc.setTextColor(hex(theme.muted));
      doc.text(style.clean(g.title.text), g.title.x, g.title.y + TYPE.body);
      doc.setFontSize(TYPE.small);
      for (const level of g.levels) {
        doc.setDrawColor(hex(level.zero ? theme.muted : theme.grid));
        doc.setLineWidth(level.zero ? 1 : 0.75);
        doc.line(g.plot.x, level.y, g.plot.x + g.plot.w, level.y);
        doc.setTextColor(hex(theme.muted));
        doc.text(style.clean(level.label), g.plot.x - 6, level.y + TYPE.small * 0.35, { align: "right" });
      }
      doc.setTextColor(hex(theme.text));
      for (const c of g.categories)
        doc.text(style.clean(c.label), c.x, c.y + TYPE.small, { align: "center" });
      for (const s of g.series) {
        doc.setDrawColor(hex(s.color));
        doc.setLineWidth(2.5);
        // A measured curve (from customer data) is dashed.
        if (s.dashed) doc.setLineDashPattern([6, 4], 0);
        s.points.forEach((p, i) => {
          const next = s.points[i + 1];
          if (p && next) doc.line(p.x, p.y, next.x, next.y);
        });
        doc.setLineDashPattern([], 0);
        doc.setLineWidth(2);
        doc.setFillColor(hex(theme.background));
        for (const p of s.points) if (p) doc.circle(p.x, p.y, 4, "FD");
      }
      doc.setFontSize(TYPE.body);
      for (const l of g.legend) {
        doc.setDrawColor(hex(l.color));
        doc.setLineWidth(3);
        if (l.dashed) doc.setLineDashPattern([4, 3], 0);
        doc.line(l.x, l.y + 8, l.x + 18, l.y + 8);
        doc.setLineDashPattern([], 0);
        doc.setTextColor(hex(theme.text));
        doc.text(style.clean(l.name), l.x + 24, l.y + 12);
      }
      return;
    }
  }
}

/** Draw one slide of the model on the current PDF page, as vector shapes and selectable text. */
export function drawPdfSlide(doc: jsPDF, deck: SlideDeck, slide: Slide, style: PdfTextStyle): void {
  doc.setFillColor(hex(deck.theme.background));
  doc.rect(0, 0, deck.width, deck.height, "F");
  for (const item of slide.items) drawItem(doc, item, deck, style);
}

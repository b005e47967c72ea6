import type { jsPDF } from "jspdf";
import { chartGeometry } from "../slides/chart-geometry.js";
import type { SlideChart } from "../slides/slide-model.js";
import { TYPE } from "../slides/slide-text.js";
import type { ExportTheme } from "../theme/export-theme.js";
import { hex, type PdfTextStyle, setFont } from "./pdf-paint.js";

/** A line chart (the emotion curve) as vector lines and text, from `chartGeometry` like the SVG. */
export function drawPdfChart(doc: jsPDF, item: SlideChart, theme: ExportTheme, style: PdfTextStyle) {
  const g = chartGeometry(item);
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
  for (const c of g.categories) doc.text(style.clean(c.label), c.x, c.y + TYPE.small, { align: "center" });
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
}

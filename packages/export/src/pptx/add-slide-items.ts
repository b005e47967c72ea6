import type PptxGenJS from "pptxgenjs";
import { cornerRadius } from "../slides/item-geometry.js";
import type { SlideItem, SlideTable, SlideText } from "../slides/slide-model.js";
import { addPptxChart } from "./add-pptx-chart.js";
import { addPptxPath } from "./add-pptx-path.js";
import { POINTS_PER_INCH, PPTX_FONT, pptColor, pptDash, pptText } from "./pptx-geometry.js";

const inch = (pt: number) => pt / POINTS_PER_INCH;
const box = (item: { x: number; y: number; w: number; h: number }) => ({
  x: inch(item.x),
  y: inch(item.y),
  w: inch(Math.max(item.w, 0.5)),
  h: inch(Math.max(item.h, 0.5)),
});
const outline = (stroke: string | undefined, width = 0.75): PptxGenJS.ShapeLineProps =>
  stroke ? { color: pptColor(stroke), width } : { type: "none" };

function addText(pptx: PptxGenJS, slide: PptxGenJS.Slide, item: SlideText) {
  const runs = item.paragraphs.map((p, i) => ({
    text: pptText(p.bullet ? `• ${p.text}` : p.text),
    options: {
      fontSize: p.size,
      bold: Boolean(p.bold),
      italic: Boolean(p.italic),
      color: pptColor(p.color),
      breakLine: i < item.paragraphs.length - 1,
      ...(p.spaceBefore ? { paraSpaceBefore: p.spaceBefore } : {}),
    },
  }));
  const shape = item.shape ?? "rect";
  slide.addText(runs, {
    ...box(item),
    objectName: pptText(item.name),
    shape:
      shape === "ellipse"
        ? pptx.ShapeType.ellipse
        : shape === "roundRect"
          ? pptx.ShapeType.roundRect
          : pptx.ShapeType.rect,
    ...(shape === "roundRect" ? { rectRadius: inch(cornerRadius(item)) } : {}),
    ...(item.fill ? { fill: { color: pptColor(item.fill) } } : {}),
    line: outline(item.stroke, item.strokeWidth),
    fontFace: PPTX_FONT,
    margin: item.padding,
    align: item.align ?? "left",
    valign: item.valign ?? "top",
    paraSpaceBefore: 0,
    paraSpaceAfter: 0,
  });
}

function addTable(slide: PptxGenJS.Slide, item: SlideTable) {
  slide.addTable(
    item.rows.map((row) =>
      row.map((cell) => ({
        text: pptText(cell.lines.join("\n")),
        options: {
          bold: Boolean(cell.bold),
          color: pptColor(cell.color),
          ...(cell.fill ? { fill: { color: pptColor(cell.fill) } } : {}),
        },
      })),
    ),
    {
      x: inch(item.x),
      y: inch(item.y),
      w: inch(item.colWidths.reduce((a, b) => a + b, 0)),
      colW: item.colWidths.map(inch),
      rowH: item.rowHeights.map(inch),
      fontSize: item.size,
      fontFace: PPTX_FONT,
      margin: 4,
      valign: "top",
      border: { type: "solid", pt: 0.75, color: pptColor(item.border) },
      autoPage: false,
      objectName: pptText(item.name),
    },
  );
}

/** Draw the slide model's items as native PowerPoint shapes, text boxes, freeform curves, tables and a line chart. */
export function addSlideItems(pptx: PptxGenJS, slide: PptxGenJS.Slide, items: readonly SlideItem[]): void {
  for (const item of items) {
    switch (item.type) {
      case "shape":
        slide.addShape(
          item.shape === "ellipse"
            ? pptx.ShapeType.ellipse
            : item.shape === "roundRect"
              ? pptx.ShapeType.roundRect
              : pptx.ShapeType.rect,
          {
            ...box(item),
            objectName: pptText(item.name),
            ...(item.shape === "roundRect" ? { rectRadius: inch(cornerRadius(item)) } : {}),
            ...(item.fill ? { fill: { color: pptColor(item.fill) } } : {}),
            line: outline(item.stroke, item.strokeWidth),
          },
        );
        break;
      case "text":
        addText(pptx, slide, item);
        break;
      case "line": {
        const x = Math.min(item.x1, item.x2);
        const y = Math.min(item.y1, item.y2);
        slide.addShape(pptx.ShapeType.line, {
          x: inch(x),
          y: inch(y),
          w: inch(Math.abs(item.x2 - item.x1)),
          h: inch(Math.abs(item.y2 - item.y1)),
          flipV: (item.y2 - item.y1) * (item.x2 - item.x1) < 0,
          objectName: pptText(item.name),
          line: {
            color: pptColor(item.color),
            width: item.width,
            ...pptDash(item.dash),
          },
        });
        break;
      }
      case "path":
        addPptxPath(slide, item);
        break;
      case "chart":
        addPptxChart(pptx, slide, item);
        break;
      case "table":
        addTable(slide, item);
        break;
    }
  }
}

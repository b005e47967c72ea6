import type { jsPDF } from "jspdf";
import { cornerRadius, dashPattern } from "../slides/item-geometry.js";
import type { SlideDash, SlideParagraph } from "../slides/slide-model.js";

/** How text is set: the font family and a function that makes a string drawable in it. */
export interface PdfTextStyle {
  family: string;
  /** Styles the family has ("bold", "italic"); missing ones fall back to "normal". */
  styles: ReadonlySet<string>;
  clean: (text: string) => string;
}

/** A colour as jsPDF takes it: "#rrggbb" (an alpha channel is dropped). */
export const hex = (color: string) => `#${color.replace("#", "").slice(0, 6)}`;

export function setFont(doc: jsPDF, style: PdfTextStyle, p: Pick<SlideParagraph, "bold" | "italic">) {
  const wanted = p.bold ? "bold" : p.italic ? "italic" : "normal";
  doc.setFont(style.family, style.styles.has(wanted) ? wanted : "normal");
}

/** Set fill and stroke; returns the mode that draws them (undefined: nothing to draw). */
export function paint(
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

/** The stroke's dash for what is drawn next (solid when none). */
export function setDash(doc: jsPDF, dash: SlideDash | undefined) {
  doc.setLineDashPattern([...(dashPattern(dash) ?? [])], 0);
}

export function shape(
  doc: jsPDF,
  kind: "rect" | "roundRect" | "ellipse",
  box: { x: number; y: number; w: number; h: number; radius?: number },
  mode: "F" | "S" | "FD",
) {
  const { x, y, w, h } = box;
  if (kind === "ellipse") doc.ellipse(x + w / 2, y + h / 2, w / 2, h / 2, mode);
  else if (kind === "roundRect") {
    const r = Math.min(cornerRadius(box), w / 2, h / 2);
    doc.roundedRect(x, y, w, h, r, r, mode);
  } else doc.rect(x, y, w, h, mode);
}

import type PptxGenJS from "pptxgenjs";
import type { SlidePath } from "../slides/slide-model.js";
import { pptColor, pptDash, pptText } from "./pptx-geometry.js";

/** Inches from points. */
const inch = (pt: number) => pt / 72;
type Points = NonNullable<PptxGenJS.ShapeProps["points"]>;

/**
 * A curve as a native freeform (custom geometry): its box is the bounds of every point and control
 * point, the path's points are inches from the box's corner, cubic Béziers kept as such.
 */
export function addPptxPath(slide: PptxGenJS.Slide, item: SlidePath): void {
  if (item.commands.length === 0) return;
  const xs = item.commands.flatMap((c) => (c.op === "C" ? [c.x1, c.x2, c.x] : [c.x]));
  const ys = item.commands.flatMap((c) => (c.op === "C" ? [c.y1, c.y2, c.y] : [c.y]));
  const left = Math.min(...xs);
  const top = Math.min(...ys);
  const x = (v: number) => inch(v - left);
  const y = (v: number) => inch(v - top);
  const points: Points = item.commands.map((c) =>
    c.op === "C"
      ? { x: x(c.x), y: y(c.y), curve: { type: "cubic", x1: x(c.x1), y1: y(c.y1), x2: x(c.x2), y2: y(c.y2) } }
      : { x: x(c.x), y: y(c.y), ...(c.op === "M" ? { moveTo: true } : {}) },
  );
  // pptxgenjs draws custom geometry ("custGeom"), but its types leave the name out of SHAPE_NAME.
  slide.addShape("custGeom" as PptxGenJS.SHAPE_NAME, {
    x: inch(left),
    y: inch(top),
    w: Math.max(inch(Math.max(...xs) - left), 0.01),
    h: Math.max(inch(Math.max(...ys) - top), 0.01),
    points,
    objectName: pptText(item.name),
    fill: { type: "none" },
    line: { color: pptColor(item.color), width: item.width, ...pptDash(item.dash) },
  });
}

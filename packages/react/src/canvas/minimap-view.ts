import type { Rect } from "@journeykit/core";

/** Where the minimap's SVG looks (its viewBox) and how many flow px one minimap px covers. */
export interface MinimapView {
  viewBox: Rect;
  /** Flow px per minimap px. */
  scale: number;
}

/** Room around the drawing, in minimap px (React Flow's `offsetScale`). */
const MARGIN = 5;

/** The smallest rectangle holding `a` and `b`. */
export function unionOf(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

/**
 * The view of a `box`-sized minimap showing `bounds` (the map and the canvas's viewport) whole and
 * centred, as React Flow's `<MiniMap>` frames its nodes.
 */
export function minimapView(bounds: Rect, box: { width: number; height: number }): MinimapView {
  const scale = Math.max(bounds.width / box.width, bounds.height / box.height) || 1;
  const margin = MARGIN * scale;
  const width = scale * box.width;
  const height = scale * box.height;
  return {
    scale,
    viewBox: {
      x: bounds.x - (width - bounds.width) / 2 - margin,
      y: bounds.y - (height - bounds.height) / 2 - margin,
      width: width + margin * 2,
      height: height + margin * 2,
    },
  };
}

/**
 * The flow point under a pointer at `client`, on a minimap element at `element` (screen px) showing
 * `viewBox` (scaled to fit and centred, as SVG's default `xMidYMid meet`).
 */
export function flowPointAt(
  client: { x: number; y: number },
  element: { left: number; top: number; width: number; height: number },
  viewBox: Rect,
): { x: number; y: number } {
  const fit = Math.min(element.width / viewBox.width, element.height / viewBox.height) || 1;
  const left = element.left + (element.width - viewBox.width * fit) / 2;
  const top = element.top + (element.height - viewBox.height * fit) / 2;
  return { x: viewBox.x + (client.x - left) / fit, y: viewBox.y + (client.y - top) / fit };
}

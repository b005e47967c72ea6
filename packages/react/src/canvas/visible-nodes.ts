import type { JourneyNode } from "./build-nodes.js";

/** A rectangle of the flow (layout pixels), edges included. */
export interface FlowWindow {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Nodes drawn whatever the viewport: stage and lane headers (they stay at the canvas's top and left
 * edges while the map pans, and together they span the whole map, so fitting the drawn nodes fits the
 * map), the emotion curves and the blueprint lines (one node each, across the map).
 */
const ALWAYS = new Set<JourneyNode["type"]>(["jkStage", "jkLane", "jkEmotions", "jkBlueprintLine"]);

/**
 * The nodes to draw: those in `view` (cells, cards, touchpoints, metric badges whose box meets it),
 * the nodes that span the map, nodes being dragged and the ids in `keep` (the focused item and its
 * cell, the card being edited): an item that has the keyboard's focus stays in the page when the map
 * pans away from it. With no `view` yet (the canvas has no size), only the nodes that span the map.
 */
export function visibleNodes(
  nodes: readonly JourneyNode[],
  view: FlowWindow | null,
  keep: ReadonlySet<string>,
): JourneyNode[] {
  const shown: JourneyNode[] = [];
  for (const node of nodes) {
    if (ALWAYS.has(node.type) || node.dragging || keep.has(node.id)) {
      shown.push(node);
      continue;
    }
    if (!view) continue;
    const { x, y } = node.position;
    if (
      x <= view.right &&
      y <= view.bottom &&
      x + (node.width ?? 0) >= view.left &&
      y + (node.height ?? 0) >= view.top
    )
      shown.push(node);
  }
  return shown;
}

/** Flow pixels the drawn window reaches past the viewport on each side, so a short pan mounts nothing. */
const MARGIN = 160;
/** The window's edges snap outward to multiples of this, so it changes once per this many pixels of pan. */
const STEP = 480;

/**
 * The window of the flow to draw for a viewport (`transform`: React Flow's [x, y, zoom]) of a canvas
 * `width` x `height` px, as a key that changes only when the snapped window does (a React Flow store
 * selector re-renders only then). Empty while the canvas has no size.
 */
export function flowWindowKey(transform: readonly [number, number, number], width: number, height: number) {
  if (width <= 0 || height <= 0) return "";
  const [tx, ty, zoom] = transform;
  const left = -tx / zoom;
  const top = -ty / zoom;
  const snap = (edge: number, out: number) => (out < 0 ? Math.floor : Math.ceil)((edge + out) / STEP) * STEP;
  return [
    snap(left, -MARGIN),
    snap(top, -MARGIN),
    snap(left + width / zoom, MARGIN),
    snap(top + height / zoom, MARGIN),
  ].join(",");
}

/** The window a key of `flowWindowKey` stands for (`null` for the empty key). */
export function flowWindowOf(key: string): FlowWindow | null {
  if (key === "") return null;
  const [left, top, right, bottom] = key.split(",").map(Number) as [number, number, number, number];
  return { left, top, right, bottom };
}

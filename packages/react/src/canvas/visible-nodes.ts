/** A rectangle of the flow (layout pixels), edges included. */
export interface FlowWindow {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * What of a big map gets nodes: the cells, cards, touchpoints and metric badges whose box meets `view`
 * (none while it is `null`: the canvas has no size yet), and the cells and cards in `keep` (node ids
 * `cell:<lane>:<stage>`, and card ids): the keyboard's Tab stop and the card being edited stay in the
 * page when the map pans away from them. Stage and lane headers, curves and blueprint lines always get
 * theirs (they stay at the canvas's top and left edges and span the map, so a fit of the drawn nodes
 * fits the whole map).
 */
export interface DrawnPart {
  view: FlowWindow | null;
  keep: ReadonlySet<string>;
}

/** Whether a box (of a cell or card `id`) is drawn. */
export function drawn(
  part: DrawnPart,
  box: { x: number; y: number; width: number; height: number },
  id: string,
) {
  const { view, keep } = part;
  if (
    view &&
    box.x <= view.right &&
    box.y <= view.bottom &&
    box.x + box.width >= view.left &&
    box.y + box.height >= view.top
  )
    return true;
  return keep.size > 0 && keep.has(id);
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

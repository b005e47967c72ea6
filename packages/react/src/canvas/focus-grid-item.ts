import { type GridItem, gridItemSelector } from "./grid-item.js";

/** Frames to wait for an item React Flow has not placed yet (a new card, or one off screen). */
const FRAMES = 10;

/**
 * Dispatched (bubbling, `detail`: the `GridItem`) on the editor root when an item to focus is not in
 * the page: on a big map only what is in view is drawn, so the canvas draws the item, then it is
 * focused and the canvas pans to it.
 */
export const REVEAL_EVENT = "jk-reveal-grid-item";

/**
 * Focus a grid item's element inside an editor root, without the browser scrolling the canvas (the
 * canvas pans to it instead). `defer` waits for the next frames, for an item not rendered yet. An item
 * not in the page (off screen on a big map) is asked for (`REVEAL_EVENT`) and focused once drawn.
 * A deferred focus gives way to the person: once focus has moved on since the call (their next key,
 * say N right after Enter, opened another card's editor before this frame), it is left there.
 */
export function focusGridItem(
  root: (ParentNode & EventTarget) | null | undefined,
  item: GridItem,
  defer = false,
): void {
  const focus = () => {
    const element = root?.querySelector(gridItemSelector(item)) as HTMLElement | null;
    element?.focus({ preventScroll: true });
    return !!element && element.ownerDocument.activeElement === element;
  };
  const page = root && "ownerDocument" in root ? ((root as Node).ownerDocument ?? (root as Document)) : null;
  const before = page?.activeElement ?? null;
  const movedOn = () => {
    const now = page?.activeElement;
    return !!now && now !== before && now !== page.body && now.isConnected;
  };
  const reveal = () => root?.dispatchEvent(new CustomEvent(REVEAL_EVENT, { bubbles: true, detail: item }));
  if (!defer) {
    if (focus()) return;
    if (!root?.querySelector(gridItemSelector(item))) reveal();
  }
  let frames = 0;
  const attempt = () => {
    if (movedOn() || focus() || ++frames >= FRAMES) return;
    if (frames === 1 && !root?.querySelector(gridItemSelector(item))) reveal();
    requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

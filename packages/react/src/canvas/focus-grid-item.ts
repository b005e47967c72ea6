import { type GridItem, gridItemSelector } from "./grid-item.js";

/** Frames to wait for an item React Flow has not placed yet (a new card). */
const FRAMES = 10;

/**
 * Focus a grid item's element inside an editor root, without the browser scrolling the canvas (the
 * canvas pans to it instead). `defer` waits for the next frames, for an item not rendered yet.
 */
export function focusGridItem(root: ParentNode | null | undefined, item: GridItem, defer = false): void {
  const focus = () => {
    const element = root?.querySelector(gridItemSelector(item)) as HTMLElement | null;
    element?.focus({ preventScroll: true });
    return !!element && element.ownerDocument.activeElement === element;
  };
  if (!defer) {
    focus();
    return;
  }
  let frames = 0;
  const attempt = () => {
    if (!focus() && ++frames < FRAMES) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

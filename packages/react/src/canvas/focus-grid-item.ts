import { type GridItem, gridItemSelector } from "./grid-item.js";

/**
 * Focus a grid item's element inside an editor root, without the browser scrolling the canvas (the
 * canvas pans to it instead). `defer` waits a frame, for an item React has not rendered yet.
 */
export function focusGridItem(root: ParentNode | null | undefined, item: GridItem, defer = false): void {
  const focus = () =>
    (root?.querySelector(gridItemSelector(item)) as HTMLElement | null)?.focus({ preventScroll: true });
  if (defer) requestAnimationFrame(focus);
  else focus();
}

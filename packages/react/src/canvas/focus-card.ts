import { focusGridItem } from "./focus-grid-item.js";

/** Focus a card's element inside an editor root on the next frame (after React has rendered it). */
export function focusCard(root: (ParentNode & EventTarget) | null | undefined, id: string): void {
  focusGridItem(root, { kind: "card", id }, true);
}

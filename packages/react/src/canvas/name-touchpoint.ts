import { focusInspector } from "../panels/focus-inspector.js";
import { focusGridItem } from "./focus-grid-item.js";

/**
 * Open a touchpoint just added for naming: the caret in the Inspector's Name field with the name
 * selected (type, Enter, and focus is back on the touchpoint); without an Inspector on screen, focus
 * goes to the touchpoint itself.
 *
 * @example
 * nameTouchpoint(root, addTouchpointToStage(store, stageId));
 */
export function nameTouchpoint(root: HTMLElement | null | undefined, id: string | undefined): void {
  if (!root || id === undefined) return;
  // The touchpoint is drawn on a later frame: this gives way once the Inspector's field has focus.
  focusGridItem(root, { kind: "touchpoint", id }, true);
  focusInspector(root);
}

import { focusInspector } from "../panels/focus-inspector.js";
import type { JourneyMapStore } from "../store/create-journey-map-store.js";

/**
 * Open a touchpoint just added for naming: the caret in the Inspector's Name field with the name
 * selected (type, Enter, and focus is back on the touchpoint); without an Inspector on screen, focus
 * goes to the touchpoint itself.
 *
 * @example
 * nameTouchpoint(store, root, addTouchpointToStage(store, text, stageId));
 */
export function nameTouchpoint(
  store: JourneyMapStore,
  root: HTMLElement | null | undefined,
  id: string | undefined,
): void {
  if (!root || id === undefined) return;
  // Focus is on the touchpoint once it is drawn, then in the Inspector's field (a task later).
  store.getState().requestFocus({ kind: "touchpoint", id });
  focusInspector(root);
}

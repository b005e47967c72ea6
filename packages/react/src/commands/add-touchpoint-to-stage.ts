import { addTouchpoint, createTouchpoint } from "@journeykit/core";
import { touchpointsLaneOf } from "../canvas/grid-item.js";
import type { EditorText } from "../i18n/editor-catalogue.js";
import type { JourneyMapStore } from "../store/create-journey-map-store.js";
import { recordById } from "../store/record-index.js";

/**
 * Adds a touchpoint at the end of a stage's touchpoints (one undo step), named "New touchpoint" in the
 * editor's language (selected in the Inspector, so typing replaces it), selects it and makes its
 * Touchpoints cell the focused cell. Returns the new touchpoint's id, or `undefined` when the editor is
 * read-only or the stage does not exist.
 *
 * @example
 * const id = addTouchpointToStage(store, text, stageId);
 */
export function addTouchpointToStage(
  store: JourneyMapStore,
  text: EditorText,
  stageId: string | undefined,
): string | undefined {
  const state = store.getState();
  if (state.readOnly || stageId === undefined) return undefined;
  const record = createTouchpoint({ stageId, name: text.core("new.touchpoint"), channel: "web" });
  state.dispatch(addTouchpoint, { record });
  const map = store.getState().map;
  if (!recordById(map.touchpoints, record.id)) return undefined;
  const lane = touchpointsLaneOf(map);
  if (lane) state.focusCell({ laneId: lane.id, stageId });
  state.select({ kind: "touchpoint", id: record.id });
  return record.id;
}

import { addLane, createLane, type LaneKind, laneKindTitle } from "@journeykit/core";
import type { EditorText } from "../i18n/editor-catalogue.js";
import type { JourneyMapStore } from "../store/create-journey-map-store.js";

/**
 * Adds a lane of a kind (titled after it, in the editor's language) at the bottom and selects it. Returns its id.
 *
 * @example
 * addLaneOfKind(store, text, "painPoints");
 */
export function addLaneOfKind(store: JourneyMapStore, text: EditorText, kind: LaneKind): string | undefined {
  const state = store.getState();
  if (state.readOnly) return undefined;
  const record = createLane({ kind, title: laneKindTitle(kind, text.labels) });
  state.dispatch(addLane, { record });
  if (!store.getState().map.lanes.some((l) => l.id === record.id)) return undefined;
  state.select({ kind: "lane", id: record.id });
  return record.id;
}

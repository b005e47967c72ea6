import { addLane, createLane, type LaneKind } from "@journeykit/core";
import type { JourneyMapStore } from "../store/create-journey-map-store.js";

/**
 * Adds a lane of a kind (titled after it) at the bottom and selects it. Returns its id.
 *
 * @example
 * addLaneOfKind(store, "painPoints");
 */
export function addLaneOfKind(store: JourneyMapStore, kind: LaneKind): string | undefined {
  const state = store.getState();
  if (state.readOnly) return undefined;
  const record = createLane({ kind });
  state.dispatch(addLane, { record });
  if (!store.getState().map.lanes.some((l) => l.id === record.id)) return undefined;
  state.select({ kind: "lane", id: record.id });
  return record.id;
}

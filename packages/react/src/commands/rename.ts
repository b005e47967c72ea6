import { updateLane, updateStage } from "@journeykit/core";
import type { JourneyMapStore, Renaming } from "../store/create-journey-map-store.js";

/**
 * Renames a stage or a lane (trimmed); an empty or unchanged name leaves the map as it is. Ends the
 * in-place renaming either way. Returns whether the name changed.
 *
 * @example
 * rename(store, { kind: "stage", id }, "Order online");
 */
export function rename(store: JourneyMapStore, target: Renaming, name: string): boolean {
  const state = store.getState();
  state.startRenaming(null);
  const next = name.trim();
  const current =
    target.kind === "stage"
      ? state.map.stages.find((s) => s.id === target.id)?.name
      : state.map.lanes.find((l) => l.id === target.id)?.title;
  if (!next || current === undefined || next === current) return false;
  if (target.kind === "stage") state.dispatch(updateStage, { id: target.id, changes: { name: next } });
  else state.dispatch(updateLane, { id: target.id, changes: { title: next } });
  return true;
}

import { moveTouchpoint } from "@journeykit/core";
import type { JourneyMapStore } from "../store/create-journey-map-store.js";
import { recordById } from "../store/record-index.js";

/** The keys that move a touchpoint (with Alt): to the previous / next stage, up / down in its stage. */
export const NUDGE_KEYS = ["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown"] as const;

/** One of `NUDGE_KEYS`. */
export type NudgeKey = (typeof NUDGE_KEYS)[number];

/** Whether a key is one of `NUDGE_KEYS`. */
export const isNudgeKey = (key: string): key is NudgeKey => (NUDGE_KEYS as readonly string[]).includes(key);

/**
 * Moves a touchpoint by one step (one undo step): Left / Right to the previous / next stage, at the same
 * place among its touchpoints (or last), so Left then Right puts it back; Up / Down one place within
 * its stage. Returns whether it moved (not at an edge, not read-only).
 *
 * @example
 * nudgeTouchpoint(store, touchpoint.id, "ArrowRight");
 */
export function nudgeTouchpoint(store: JourneyMapStore, id: string, key: NudgeKey): boolean {
  const state = store.getState();
  const { map } = state;
  const touchpoint = recordById(map.touchpoints, id);
  if (!touchpoint || state.readOnly) return false;
  const rank = map.touchpoints.filter((t) => t.stageId === touchpoint.stageId).indexOf(touchpoint);
  let stageId = touchpoint.stageId;
  let index = rank;
  if (key === "ArrowLeft" || key === "ArrowRight") {
    const at = map.stages.findIndex((s) => s.id === touchpoint.stageId);
    const to = map.stages[key === "ArrowRight" ? at + 1 : at - 1];
    if (!to) return false;
    stageId = to.id;
  } else {
    index = key === "ArrowDown" ? rank + 1 : rank - 1;
    const count = map.touchpoints.filter((t) => t.stageId === stageId).length;
    if (index < 0 || index >= count) return false;
  }
  state.dispatch(moveTouchpoint, { id, stageId, index });
  return store.getState().map !== map;
}

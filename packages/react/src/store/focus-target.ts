import type { JourneyMap } from "@journeykit/core";
import { activeGridItem, type GridItem, sameGridItem } from "../canvas/grid-item.js";
import { isInMap, placeAfterRemoval } from "../canvas/place-after-removal.js";
import type { Cell, Selection } from "./selection.js";

/**
 * A place a keyboard user can be on the map: a grid item (a stage or lane header, a cell, a card, a
 * touchpoint) or a persona's emotion point at a stage (its slider, or the "+" that adds it).
 *
 * @example
 * const place = useJourneyMapStore((s) => s.focusTarget); // { kind: "card", id: "c2" } while on a card
 * store.getState().requestFocus({ kind: "cell", laneId, stageId }); // focus there after the next render
 */
export type FocusTarget = GridItem | { kind: "emotion"; personaId: string; stageId: string };

/**
 * Session state: where the keyboard user is, and when focus must be put there. Never saved, never
 * undone itself (undo steps carry it, to go back to).
 *
 * @example
 * store.getState().requestFocus({ kind: "card", id }); // the canvas focuses the card once drawn
 */
export interface FocusTargetState {
  /**
   * Where the keyboard user is on the map: the place that has focus (or that focus goes to next), or
   * `null` while focus is elsewhere (a side panel, the toolbar, another part of the page).
   */
  focusTarget: FocusTarget | null;
  /**
   * Counts the requests to put focus on `focusTarget`: the canvas applies each one once, in a layout
   * effect after the render that shows it, so asking twice for the same place focuses it twice.
   */
  focusRequest: number;
  /** Note where focus is now (the canvas does, as focus moves), without moving it. */
  setFocusTarget(target: FocusTarget | null): void;
  /**
   * Put focus on `target` once the canvas has drawn it (a command's new or next place, arrow keys, the
   * end of an edit). Drawn for it even when off screen on a big map. Ignored when the map does not
   * hold it.
   */
  requestFocus(target: FocusTarget): void;
  /**
   * Undo or redo's place (the one the step carried): focus goes back there while the keyboard user is
   * on the map. Focus elsewhere (the toolbar's Undo button) stays there; a place gone is ignored.
   */
  restoreFocus(target: FocusTarget | null | undefined): void;
}

/** The part of the editor's state the slice reads. */
interface Reads extends FocusTargetState {
  map: JourneyMap;
  selection: Selection | null;
  focusedCell: Cell | null;
}

/** Whether the map holds a place (an emotion point's place: its persona and stage). */
export function focusTargetInMap(map: JourneyMap, target: FocusTarget): boolean {
  if (target.kind !== "emotion") return isInMap(map, target);
  return (
    map.personas.some((p) => p.id === target.personaId) && map.stages.some((s) => s.id === target.stageId)
  );
}

/** Whether two places are the same. */
export function sameFocusTarget(a: FocusTarget | null, b: FocusTarget | null): boolean {
  if (!a || !b) return a === b;
  if (a.kind === "emotion")
    return b.kind === "emotion" && a.personaId === b.personaId && a.stageId === b.stageId;
  return b.kind !== "emotion" && sameGridItem(a, b);
}

/** Where a keyboard user goes when a change takes their place away: the nearest place left (see placeAfterRemoval). */
function placeNear(state: Reads, previous: JourneyMap, target: FocusTarget): FocusTarget | null {
  const near =
    target.kind === "emotion"
      ? focusTargetInMap(state.map, { kind: "stage", id: target.stageId })
        ? ({ kind: "stage", id: target.stageId } as const)
        : null
      : placeAfterRemoval(previous, state.map, target);
  return near ?? activeGridItem(state);
}

/**
 * The focus target's state and actions, for the editor's store (`set`, `get` and `api` are zustand's).
 * Every change of the map that takes the keyboard user's place away (a command, undo or redo, a host's
 * `value`, another participant's edit) asks for focus on the nearest place left, so focus never drops
 * to the page, where the editor's keys no longer reach it.
 *
 * @example
 * const store = createStore<State>()((set, get, api) => ({ ...createFocusTargetSlice(set, get, api), ... }));
 */
export function createFocusTargetSlice(
  set: (partial: Partial<FocusTargetState>) => void,
  get: () => Reads,
  api: { subscribe(listener: (state: Reads, previous: Reads) => void): () => void },
): FocusTargetState {
  const request = (target: FocusTarget | null) =>
    set({ focusTarget: target, focusRequest: get().focusRequest + (target ? 1 : 0) });
  api.subscribe((state, previous) => {
    const target = state.focusTarget;
    if (state.map === previous.map || !target || focusTargetInMap(state.map, target)) return;
    request(placeNear(state, previous.map, target));
  });
  return {
    focusTarget: null,
    focusRequest: 0,
    setFocusTarget(target) {
      if (!sameFocusTarget(get().focusTarget, target)) set({ focusTarget: target });
    },
    requestFocus(target) {
      if (focusTargetInMap(get().map, target)) request(target);
    },
    restoreFocus(target) {
      if (target && get().focusTarget) get().requestFocus(target);
    },
  };
}

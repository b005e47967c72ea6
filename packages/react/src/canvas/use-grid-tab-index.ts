import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import type { JourneyMapState } from "../store/create-journey-map-store.js";
import { activeGridItem, type GridItem, sameGridItem } from "./grid-item.js";

/** The active item of each store state, found once however many grid items ask (thousands of cards). */
const activeItems = new WeakMap<JourneyMapState, GridItem | null>();

function activeItemOf(state: JourneyMapState): GridItem | null {
  if (activeItems.has(state)) return activeItems.get(state) ?? null;
  const item = activeGridItem(state);
  activeItems.set(state, item);
  return item;
}

/** The roving tabindex of `item` in store state `state` (for a selector that reads more than this). */
export function gridTabIndex(state: JourneyMapState, item: GridItem): 0 | -1 {
  return sameGridItem(activeItemOf(state), item) ? 0 : -1;
}

/**
 * The roving tabindex of a grid item: `0` for the one Tab stop of the map (the selected card, stage or
 * lane, else the focused cell, else the first cell), `-1` for every other item.
 */
export function useGridTabIndex(item: GridItem): 0 | -1 {
  return useJourneyMapStore((s) => gridTabIndex(s, item));
}

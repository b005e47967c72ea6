import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { activeGridItem, type GridItem, sameGridItem } from "./grid-item.js";

/**
 * The roving tabindex of a grid item: `0` for the one Tab stop of the map (the selected card, stage or
 * lane, else the focused cell, else the first cell), `-1` for every other item.
 */
export function useGridTabIndex(item: GridItem): 0 | -1 {
  return useJourneyMapStore((s) => (sameGridItem(activeGridItem(s), item) ? 0 : -1));
}

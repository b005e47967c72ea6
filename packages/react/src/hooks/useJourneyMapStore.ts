import { useStoreWithEqualityFn } from "zustand/traditional";
import type { JourneyMapState } from "../store/create-journey-map-store.js";
import { useStoreApi } from "./useStoreApi.js";

/**
 * Select from the nearest editor's state; re-renders only when the selected value changes.
 *
 * @example
 * const cardCount = useJourneyMapStore((s) => s.map.cards.length);
 */
export function useJourneyMapStore<T>(
  selector: (state: JourneyMapState) => T,
  equalityFn?: (a: T, b: T) => boolean,
): T {
  return useStoreWithEqualityFn(useStoreApi(), selector, equalityFn);
}

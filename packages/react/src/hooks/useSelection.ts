import type { Selection } from "../store/selection.js";
import { useJourneyMapStore } from "./useJourneyMapStore.js";

/** The current selection of the nearest editor. @example const selection = useSelection(); */
export function useSelection(): Selection | null {
  return useJourneyMapStore((s) => s.selection);
}

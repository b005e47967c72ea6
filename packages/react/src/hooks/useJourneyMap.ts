import type { JourneyMap } from "@journeykit/core";
import { useMemo } from "react";
import type { JourneyMapState } from "../store/create-journey-map-store.js";
import { useJourneyMapStore } from "./useJourneyMapStore.js";
import { useStoreApi } from "./useStoreApi.js";

/** The current map and the editor's actions. */
export type JourneyMapApi = Pick<
  JourneyMapState,
  "dispatch" | "undo" | "redo" | "select" | "beginGroup" | "endGroup" | "togglePersona" | "focusPersona"
> & {
  map: JourneyMap;
  /** The latest map without subscribing (inside event handlers). */
  getMap(): JourneyMap;
};

/**
 * The map of the nearest editor and its actions (which never change identity).
 *
 * @example
 * const { map, dispatch } = useJourneyMap();
 * dispatch(updateMap, { changes: { title: "Checkout" } });
 */
export function useJourneyMap(): JourneyMapApi {
  const store = useStoreApi();
  const map = useJourneyMapStore((s) => s.map);
  const actions = useMemo(() => {
    const s = store.getState();
    return {
      dispatch: s.dispatch,
      undo: s.undo,
      redo: s.redo,
      select: s.select,
      beginGroup: s.beginGroup,
      endGroup: s.endGroup,
      togglePersona: s.togglePersona,
      focusPersona: s.focusPersona,
      getMap: () => store.getState().map,
    };
  }, [store]);
  return { map, ...actions };
}

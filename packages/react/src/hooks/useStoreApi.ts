import { useContext } from "react";
import { StoreContext } from "../contexts/store-context";
import { errorMessages } from "../errors";
import type { JourneyMapStore } from "../store/create-journey-map-store";

/**
 * The raw store of the nearest editor (for imperative use without re-rendering).
 *
 * @example
 * const store = useStoreApi();
 * store.getState().undo();
 */
export function useStoreApi(): JourneyMapStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error(errorMessages.error001());
  return store;
}

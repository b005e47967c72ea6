import { useContext } from "react";
import { errorMessages } from "../editor/errors.js";
import type { JourneyMapStore } from "../store/create-journey-map-store.js";
import { StoreContext } from "../store/store-context.js";

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

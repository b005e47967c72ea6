import { useEffect, useRef } from "react";
import type { JourneyMapStore } from "./create-journey-map-store.js";

/**
 * While `open` (something has been typed and not saved yet), `save` runs before the editor turns
 * read-only: a host's lock (a facilitator locking a live map, `readOnly` flipping) saves the draft
 * instead of unmounting it with the typed text.
 *
 * @example
 * useKeepDraft(store, draft !== value, () => onCommit(draft));
 */
export function useKeepDraft(store: JourneyMapStore, open: boolean, save: () => void): void {
  const latest = useRef(save);
  latest.current = save;
  useEffect(() => {
    if (!open) return;
    return store.getState().keepDraft(() => latest.current());
  }, [store, open]);
}

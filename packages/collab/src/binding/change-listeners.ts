import type { JourneyMap } from "@journeykit/core";
import type { CollaborationChange } from "./collaboration-adapter.js";

/** Called with the new map after a change the editor did not make. */
export type ChangeListener = (map: JourneyMap, change: CollaborationChange) => void;

/** The editor's subscriptions to changes it did not make. */
export interface ChangeListeners {
  /** Add a listener; returns the unsubscribe. */
  add(listener: ChangeListener): () => void;
  /** Tell every listener of `map` and the change that made it. */
  tell(map: JourneyMap, change: CollaborationChange): void;
  clear(): void;
}

/**
 * A set of change listeners.
 *
 * @example
 * const listeners = createChangeListeners();
 * const stop = listeners.add((map, { origin }) => console.log(origin));
 */
export function createChangeListeners(): ChangeListeners {
  const listeners = new Set<ChangeListener>();
  return {
    add(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    tell(map, change) {
      for (const listener of listeners) listener(map, change);
    },
    clear: () => listeners.clear(),
  };
}

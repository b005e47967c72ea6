import { IndexeddbPersistence } from "y-indexeddb";
import type * as Y from "yjs";

/** A room's document kept in the browser's IndexedDB. */
export interface OfflineStore {
  /** Resolves once what was stored before has been loaded into the doc. */
  whenSynced: Promise<void>;
  /** Delete what is stored for this room (the doc itself is left as it is). */
  clear(): Promise<void>;
  /** Stop storing (what is stored stays for next time). */
  destroy(): Promise<void>;
}

/**
 * Keep a room's Y.Doc in IndexedDB, so edits made offline survive a reload and merge into the room on
 * reconnect (Yjs merges them like any other update). Start it before the provider connects.
 *
 * @example
 * const offline = persistOffline(doc, "journeykit:workshop-42");
 * await offline.whenSynced;
 */
export function persistOffline(doc: Y.Doc, name: string): OfflineStore {
  const persistence = new IndexeddbPersistence(name, doc);
  return {
    whenSynced: persistence.whenSynced.then(() => undefined),
    clear: () => persistence.clearData(),
    destroy: () => persistence.destroy(),
  };
}

import type * as Y from "yjs";
import type { DocReader } from "../doc/doc-reader.js";
import type { ChangeListeners } from "./change-listeners.js";
import { changedPositions } from "./changed-positions.js";
import type { MapPatch } from "./collaboration-adapter.js";
import type { LocalWrites } from "./local-writes.js";
import { mapPatches } from "./map-patches.js";
import type { MapRead, ShownMap } from "./shown-map.js";
import type { UserUndo } from "./user-undo.js";

/** What `reportRemoteChanges` reads from and reports to. */
export interface RemoteChangesContext {
  doc: Y.Doc;
  /** The origin of this adapter's own transactions (never reported back). */
  origin: unknown;
  reader: DocReader;
  shown: ShownMap;
  history: UserUndo;
  writes: LocalWrites;
  listeners: ChangeListeners;
}

/** Patches from the map shown to a read's map, at the cost of the change where the reads tell where. */
function patchesTo(shown: ShownMap, result: MapRead, reader: DocReader): MapPatch[] {
  const previous = shown.current();
  if (!previous) return [{ op: "replace", path: [], value: result.map }];
  const { map: next, changes, merged, before } = result;
  return mapPatches(
    previous,
    next,
    changedPositions({ before: previous, after: next }, { before, after: merged }, changes, reader.indexOf),
  );
}

/**
 * After each transaction not made by this adapter (another client's update, this user's undo or
 * redo), read the doc and tell the listeners of the new map with patches from the one shown. A
 * transaction that arrives inside a local write is left to that write. Returns the function that stops.
 *
 * @example
 * const stop = reportRemoteChanges({ doc, origin, reader, shown, history, writes, listeners });
 */
export function reportRemoteChanges(context: RemoteChangesContext): () => void {
  const { doc, origin, reader, shown, history, writes, listeners } = context;
  const onTransaction = (transaction: Y.Transaction) => {
    if (transaction.origin === origin || writes.arrivedDuringWrite()) return;
    const result = shown.read();
    if (result === undefined) return;
    const patches = patchesTo(shown, result, reader);
    // Nothing the editor shows changed (an empty undo, a change to records repair hides): keep the map.
    if (patches.length === 0) return;
    shown.show(result.map);
    listeners.tell(result.map, { origin: history.originOf(transaction), patches });
  };
  doc.on("afterTransaction", onTransaction);
  return () => doc.off("afterTransaction", onTransaction);
}

import type * as Y from "yjs";
import { recordCollections } from "../doc/doc-layout.js";
import type { DocReader } from "../doc/doc-reader.js";
import { writeMapChanges } from "../doc/write-map-changes.js";
import type { ChangeListeners } from "./change-listeners.js";
import type { CollaborationAdapter, MapPatch } from "./collaboration-adapter.js";
import type { LocalWrites } from "./local-writes.js";
import { mapPatches } from "./map-patches.js";
import type { ShownMap } from "./shown-map.js";
import type { UserUndo } from "./user-undo.js";

/** What `applyLocalEdit` writes to and reports to. */
export interface LocalEditContext {
  doc: Y.Doc;
  /** The origin this adapter's own transactions are tagged with (what its undo tracks). */
  origin: unknown;
  reader: DocReader;
  shown: ShownMap;
  history: UserUndo;
  writes: LocalWrites;
  listeners: ChangeListeners;
}

/** The collections an edit's patches touched; undefined (all) when a patch replaced the whole map. */
function touchedBy(patches: readonly MapPatch[] | undefined): Set<string> | undefined {
  return patches?.every((patch) => patch.path.length > 0)
    ? new Set(patches.map((patch) => String(patch.path[0])))
    : undefined;
}

/**
 * The adapter's `applyLocal`: write what changed from `previous` to `next` as one transaction (one undo
 * step, or joined to the last with `merge`). Records the editor never saw (a remote change it has not
 * shown yet) are left as they are. When the editor edited the map shown, and nothing in it was
 * repaired, `next` is shown as it is; when it edited an older one, a remote update arrived during the
 * write, or the map shown holds repairs (the doc is then read again and repaired), the result is
 * reported to the listeners at once when it differs from `next`, so the editor catches up.
 *
 * @example
 * const applyLocal = applyLocalEdit({ doc, origin, reader, shown, history, writes, listeners });
 * applyLocal(before, after, patches);
 */
export function applyLocalEdit(context: LocalEditContext): CollaborationAdapter["applyLocal"] {
  const { doc, origin, reader, shown, history, writes, listeners } = context;
  return (previous, next, patches, { merge = false } = {}) => {
    if (previous === next) return;
    const touched = touchedBy(patches);
    if (!merge) history.stopCapturing();
    const overtaken = writes.run(() => writeMapChanges(doc, reader, previous, next, origin, touched));
    if (previous === shown.current() && !overtaken && shown.isClean()) {
      shown.adopt(next, touched ?? recordCollections());
      return;
    }
    const merged = shown.read()?.map;
    if (merged === undefined) return;
    shown.show(merged);
    const change = { origin: "remote" as const, patches: mapPatches(next, merged) };
    if (change.patches.length > 0) listeners.tell(merged, change);
  };
}

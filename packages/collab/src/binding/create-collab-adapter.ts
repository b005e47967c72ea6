import type { JourneyMap } from "@journeykit/core";
import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { FIELDS_NAME, recordCollections } from "../doc/doc-layout.js";
import { createDocReader } from "../doc/doc-reader.js";
import { mapToDoc } from "../doc/map-to-doc.js";
import type { MergedMap } from "../doc/merged-map.js";
import { type EarlierRead, repairChanges } from "../doc/repair-changes.js";
import { repairMap } from "../doc/repair-map.js";
import { writeMapChanges } from "../doc/write-map-changes.js";
import { awarenessPresence } from "../presence/awareness-presence.js";
import { changedPositions } from "./changed-positions.js";
import type {
  CollaborationAdapter,
  CollaborationChange,
  CollaborationOrigin,
  MapPatch,
  PresenceState,
} from "./collaboration-adapter.js";
import { keepFieldValued } from "./keep-field-valued.js";
import { mapPatches } from "./map-patches.js";

/** Options of `createCollabAdapter`. */
export interface CollabAdapterOptions {
  /** The shared document (a provider's `document`, or a plain Y.Doc in tests). */
  doc: Y.Doc;
  /** The provider's awareness; a local one is made when omitted (presence then stays on this client). */
  awareness?: Awareness;
  /** Who this user is to the others. */
  user?: PresenceState;
  /** Written into the doc when it is empty (after the provider has synced, or a new room gets this map). */
  initialMap?: JourneyMap;
}

/** An origin no other client or adapter uses: what this adapter's own transactions are tagged with. */
const localOrigin = (clientId: number) => ({ collab: "local", clientId });

const NEVER = 2 ** 31 - 1;

/**
 * Bind an editor to a Y.Doc: local edits become one Yjs transaction each, changes from other clients
 * (and this user's undo / redo) come back as a new valid map with patches. Per-user undo: a Y.UndoManager
 * that tracks only this adapter's own transactions, one step per edit.
 *
 * @example
 * const doc = new Y.Doc();
 * const adapter = createCollabAdapter({ doc, initialMap: map, user: { name: "Ana", colour: "#e8590c" } });
 * adapter.applyLocal(map, addCard(map, { record: card }));
 */
export function createCollabAdapter(options: CollabAdapterOptions): CollaborationAdapter {
  const { doc } = options;
  const origin = localOrigin(doc.clientID);
  if (options.initialMap && doc.getMap(FIELDS_NAME).size === 0) mapToDoc(options.initialMap, doc, "seed");
  const reader = createDocReader(doc);
  /** The map the editor was last given (or gave): always valid. */
  let current: JourneyMap | undefined;
  /** Set when a read failed: the changes it took are checked again, as a whole, by the next read. */
  let wholeRepair = true;
  /**
   * The reader's map as of the last changes taken (before repair), or the editor's map it adopted:
   * what `current` was made from. Undefined when a read failed (its changes are lost to the next one).
   */
  let lastRead: MergedMap | undefined;
  const earlier: EarlierRead = { merged: undefined, record: reader.record };
  const read = () => {
    const merged = reader.read();
    const changes = reader.takeChanges();
    const before = lastRead;
    lastRead = undefined;
    if (merged === undefined) return undefined;
    try {
      earlier.merged = before;
      const { map } = wholeRepair ? repairMap(merged) : repairChanges(merged, changes, current, earlier);
      wholeRepair = false;
      lastRead = merged;
      return { map, changes, merged, before };
    } catch {
      // An update that arrived before one it depends on (its deletions are applied, its insertions wait
      // in Yjs's pending queue) can leave a required top-level field missing for a moment: keep showing
      // the last valid map until the missing update arrives.
      wholeRepair = true;
      return undefined;
    }
  };
  current = read()?.map;

  const scope = [FIELDS_NAME, ...recordCollections()].map((name) => doc.getMap(name));
  /** The steps the running undo or redo may pop, the top one first (empty otherwise). */
  let popping: Y.UndoManager["undoStack"] = [];
  const undoManager = new Y.UndoManager(scope, {
    trackedOrigins: new Set([origin]),
    captureTimeout: NEVER,
    deleteFilter: keepFieldValued(() => popping),
  });
  const travel = (stack: Y.UndoManager["undoStack"], move: () => void) => {
    popping = [...stack].reverse();
    try {
      move();
    } finally {
      popping = [];
    }
  };
  const listeners = new Set<(map: JourneyMap, change: CollaborationChange) => void>();
  const historyListeners = new Set<() => void>();
  const notifyHistory = () => {
    for (const listener of historyListeners) listener();
  };
  for (const event of ["stack-item-added", "stack-item-popped", "stack-cleared"] as const) {
    undoManager.on(event, notifyHistory);
  }

  /** Set while this adapter writes a local edit; a transaction from elsewhere meanwhile is read after. */
  let writing = false;
  let arrivedWhileWriting = false;
  const onTransaction = (transaction: Y.Transaction) => {
    if (transaction.origin === origin) return;
    if (writing) {
      // A provider (or a test relay) applied an update from inside this adapter's own write: the
      // merge is read and reported once the write is done, against the map the editor just applied.
      arrivedWhileWriting = true;
      return;
    }
    const result = read();
    if (result === undefined) return;
    const { map: next, changes, merged, before } = result;
    const previous = current;
    const patches: MapPatch[] = previous
      ? mapPatches(
          previous,
          next,
          changedPositions(
            { before: previous, after: next },
            { before, after: merged },
            changes,
            reader.indexOf,
          ),
        )
      : [{ op: "replace", path: [], value: next }];
    // Nothing the editor shows changed (an empty undo, a change to records repair hides): keep the map.
    if (patches.length === 0) return;
    current = next;
    const from: CollaborationOrigin =
      transaction.origin === undoManager ? (undoManager.redoing ? "redo" : "undo") : "remote";
    for (const listener of listeners) listener(next, { origin: from, patches });
  };
  doc.on("afterTransaction", onTransaction);

  const ownAwareness = options.awareness === undefined;
  const awareness = options.awareness ?? new Awareness(doc);
  const presence = awarenessPresence(awareness, options.user ?? { name: "Anonymous", colour: "#868e96" });

  return {
    getMap: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    applyLocal(previous, next, patches, { merge = false } = {}) {
      if (previous === next) return;
      const touched = patches?.every((patch) => patch.path.length > 0)
        ? new Set(patches.map((patch) => String(patch.path[0])))
        : undefined;
      if (!merge) undoManager.stopCapturing();
      // The edit is what changed from `previous` to `next`: records the editor never saw (a remote change
      // it has not shown yet) are left as they are.
      writing = true;
      arrivedWhileWriting = false;
      try {
        writeMapChanges(doc, reader, previous, next, origin, touched);
      } finally {
        writing = false;
      }
      if (previous === current && !arrivedWhileWriting) {
        reader.adopt(next, touched ?? recordCollections());
        current = next;
        lastRead = reader.read();
      } else {
        // The editor edited an older map: report the merged result, so it catches up.
        const merged = read()?.map;
        if (merged === undefined) return;
        current = merged;
        const change: CollaborationChange = { origin: "remote", patches: mapPatches(next, merged) };
        if (change.patches.length > 0) for (const listener of listeners) listener(merged, change);
      }
    },
    undo() {
      travel(undoManager.undoStack, () => undoManager.undo());
    },
    redo() {
      travel(undoManager.redoStack, () => undoManager.redo());
    },
    canUndo: () => undoManager.canUndo(),
    canRedo: () => undoManager.canRedo(),
    subscribeHistory(listener) {
      historyListeners.add(listener);
      return () => historyListeners.delete(listener);
    },
    presence,
    destroy() {
      doc.off("afterTransaction", onTransaction);
      undoManager.destroy();
      reader.destroy();
      listeners.clear();
      historyListeners.clear();
      if (ownAwareness) awareness.destroy();
    },
  };
}

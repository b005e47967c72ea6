import type { JourneyMap } from "@journeykit/core";
import { Awareness } from "y-protocols/awareness";
import type * as Y from "yjs";
import { FIELDS_NAME } from "../doc/doc-layout.js";
import { createDocReader } from "../doc/doc-reader.js";
import { mapToDoc } from "../doc/map-to-doc.js";
import { awarenessPresence } from "../presence/awareness-presence.js";
import { applyLocalEdit } from "./apply-local-edit.js";
import { createChangeListeners } from "./change-listeners.js";
import type { CollaborationAdapter, CollaborationPresence, PresenceState } from "./collaboration-adapter.js";
import { createLocalWrites } from "./local-writes.js";
import { reportRemoteChanges } from "./report-remote-changes.js";
import { createShownMap } from "./shown-map.js";
import { createUserUndo } from "./user-undo.js";

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

/** Write `initialMap` into the doc when the doc is empty (a new room). */
function seedDoc(doc: Y.Doc, initialMap: JourneyMap | undefined): void {
  if (initialMap && doc.getMap(FIELDS_NAME).size === 0) mapToDoc(initialMap, doc, "seed");
}

/** Who is in the room: the provider's awareness, or a local one (then destroyed with the adapter). */
function roomPresence(options: CollabAdapterOptions): { presence: CollaborationPresence; destroy(): void } {
  const awareness = options.awareness ?? new Awareness(options.doc);
  const presence = awarenessPresence(awareness, options.user ?? { name: "Anonymous", colour: "#868e96" });
  const own = options.awareness === undefined;
  return {
    presence,
    destroy() {
      if (own) awareness.destroy();
    },
  };
}

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
  seedDoc(doc, options.initialMap);
  const reader = createDocReader(doc);
  const shown = createShownMap(reader);
  const history = createUserUndo(doc, origin);
  const writes = createLocalWrites();
  const listeners = createChangeListeners();
  const context = { doc, origin, reader, shown, history, writes, listeners };
  const stopReporting = reportRemoteChanges(context);
  const room = roomPresence(options);
  return {
    getMap: shown.current,
    subscribe: listeners.add,
    applyLocal: applyLocalEdit(context),
    undo: history.undo,
    redo: history.redo,
    canUndo: history.canUndo,
    canRedo: history.canRedo,
    subscribeHistory: history.subscribe,
    presence: room.presence,
    destroy() {
      stopReporting();
      history.destroy();
      reader.destroy();
      listeners.clear();
      room.destroy();
    },
  };
}

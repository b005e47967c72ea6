import * as Y from "yjs";
import { FIELDS_NAME, recordCollections } from "../doc/doc-layout.js";
import type { CollaborationOrigin } from "./collaboration-adapter.js";
import { keepFieldValued } from "./keep-field-valued.js";

/** Undo and redo of one user's own edits of a shared doc. */
export interface UserUndo {
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Called when `canUndo` / `canRedo` may have changed; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** The next edit starts a step of its own (rather than joining the previous one). */
  stopCapturing(): void;
  /** Where a transaction came from: this user's undo or redo, or else another client. */
  originOf(transaction: Y.Transaction): CollaborationOrigin;
  destroy(): void;
}

const NEVER = 2 ** 31 - 1;

/**
 * Per-user undo: a Y.UndoManager over the map's fields and collections that tracks only transactions
 * with `origin` (this user's edits), one step per edit unless joined (`stopCapturing` not called), and
 * never leaves a field without a value (`keepFieldValued`).
 *
 * @example
 * const history = createUserUndo(doc, origin);
 * history.undo();
 */
export function createUserUndo(doc: Y.Doc, origin: unknown): UserUndo {
  const scope = [FIELDS_NAME, ...recordCollections()].map((name) => doc.getMap(name));
  /** The steps the running undo or redo may pop, the top one first (empty otherwise). */
  let popping: Y.UndoManager["undoStack"] = [];
  const manager = new Y.UndoManager(scope, {
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
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  for (const event of ["stack-item-added", "stack-item-popped", "stack-cleared"] as const) {
    manager.on(event, notify);
  }
  return {
    undo: () => travel(manager.undoStack, () => manager.undo()),
    redo: () => travel(manager.redoStack, () => manager.redo()),
    canUndo: () => manager.canUndo(),
    canRedo: () => manager.canRedo(),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stopCapturing: () => manager.stopCapturing(),
    originOf: (transaction) =>
      transaction.origin === manager ? (manager.redoing ? "redo" : "undo") : "remote",
    destroy() {
      manager.destroy();
      listeners.clear();
    },
  };
}

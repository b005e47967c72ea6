import type { JourneyMap } from "@journeykit/core";
import type {
  CollaborationAdapterLike,
  CollaborationChangeInfo,
  CollaborationPatch,
  CollaborationPeer,
  CollaborationPresenceState,
} from "../src/collaboration/collaboration-adapter.js";

/** One `applyLocal` call as the fake saw it. */
export interface LocalEdit {
  previous: JourneyMap;
  next: JourneyMap;
  patches: readonly CollaborationPatch[];
  merge: boolean;
}

/**
 * An in-memory room for editor tests: keeps the shared map, records every `applyLocal`, undoes this
 * user's own edits only (whole-map steps), and lets a test play another participant (`remote`) and
 * their presence (`setPeers`).
 */
export function createFakeCollaboration(initial: JourneyMap) {
  let map = initial;
  const edits: LocalEdit[] = [];
  const undoStack: { before: JourneyMap; after: JourneyMap }[] = [];
  const redoStack: { before: JourneyMap; after: JourneyMap }[] = [];
  const listeners = new Set<(map: JourneyMap, change: CollaborationChangeInfo) => void>();
  const historyListeners = new Set<() => void>();
  const peerListeners = new Set<(peers: CollaborationPeer[]) => void>();
  let peers: CollaborationPeer[] = [];
  const local: Partial<CollaborationPresenceState>[] = [];
  const calls = { undo: 0, redo: 0 };
  const emit = (next: JourneyMap, origin: CollaborationChangeInfo["origin"]) => {
    map = next;
    for (const listener of listeners)
      listener(next, { origin, patches: [{ op: "replace", path: [], value: next }] });
  };
  const historyChanged = () => {
    for (const listener of historyListeners) listener();
  };
  const adapter: CollaborationAdapterLike = {
    getMap: () => map,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    applyLocal(previous, next, patches = [], options = {}) {
      edits.push({ previous, next, patches, merge: options.merge ?? false });
      const last = undoStack.at(-1);
      if (options.merge && last) last.after = next;
      else undoStack.push({ before: previous, after: next });
      redoStack.length = 0;
      map = next;
      historyChanged();
    },
    undo() {
      calls.undo++;
      const step = undoStack.pop();
      if (!step) return;
      redoStack.push(step);
      historyChanged();
      emit(step.before, "undo");
    },
    redo() {
      calls.redo++;
      const step = redoStack.pop();
      if (!step) return;
      undoStack.push(step);
      historyChanged();
      emit(step.after, "redo");
    },
    canUndo: () => undoStack.length > 0,
    canRedo: () => redoStack.length > 0,
    subscribeHistory(listener) {
      historyListeners.add(listener);
      return () => historyListeners.delete(listener);
    },
    presence: {
      setLocal: (state) => void local.push(state),
      getPeers: () => peers,
      subscribe(listener) {
        peerListeners.add(listener);
        return () => peerListeners.delete(listener);
      },
    },
  };
  return {
    adapter,
    edits,
    calls,
    /** Everything this user shared about themselves, in order. */
    local,
    /** Another participant's edit arriving. */
    remote: (next: JourneyMap) => emit(next, "remote"),
    setPeers(next: CollaborationPeer[]) {
      peers = next;
      for (const listener of peerListeners) listener(next);
    },
    get map() {
      return map;
    },
  };
}

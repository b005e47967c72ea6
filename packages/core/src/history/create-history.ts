import type { Patch } from "immer";
import type { JourneyMap } from "../records/journey-map.js";
import { applyPatches } from "./apply-patches.js";

/** One recorded edit: the patches that redo it and those that undo it. */
export interface HistoryChange {
  patches: Patch[];
  inversePatches: Patch[];
}

/**
 * The history at one moment (its undo and redo steps, and what an open group held), to go back to
 * with `restore`. Opaque: take one with `checkpoint()`.
 */
export interface HistoryCheckpoint {
  readonly undo: readonly HistoryChange[];
  readonly redo: readonly HistoryChange[];
  readonly group: HistoryChange | null;
}

/**
 * How a change enters the history: `"record"` makes a new undo step, `"merge"` folds it into the
 * previous step (a drag in progress).
 */
export type HistoryMode = "record" | "merge";

/**
 * Undo/redo over immer patches. Memory grows with the size of the edits, not of the document. Own keys
 * of any name (`__proto__`, `constructor`, `prototype` in `meta`, say) round-trip.
 */
export interface History {
  record(change: HistoryChange, mode?: HistoryMode): void;
  /** The map with the last step undone (unchanged when there is nothing to undo). */
  undo(map: JourneyMap): JourneyMap;
  /** The map with the last undone step redone (unchanged when there is nothing to redo). */
  redo(map: JourneyMap): JourneyMap;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Everything recorded until the matching `endGroup` becomes one undo step. Groups nest. */
  beginGroup(): void;
  endGroup(): void;
  clear(): void;
  /**
   * The history as it is now, to `restore` later. The editor takes one before an edit a controlled host
   * may not accept (its next `value` does not hold the edit).
   */
  checkpoint(): HistoryCheckpoint;
  /**
   * Go back to a checkpoint: its undo and redo steps, as if nothing was recorded, undone or redone
   * since. A group still open keeps only what it held at the checkpoint (nothing when it began later);
   * a group closed since becomes the step of what it held at the checkpoint. The next `"merge"` starts
   * a new step.
   */
  restore(checkpoint: HistoryCheckpoint): void;
  /**
   * Drop every undo and redo step the predicate picks, keeping the rest in order. The editor uses it
   * when a change from outside its own history (a host's `value`, a collaborator) reorders a
   * collection: steps that address that collection by position would hit the wrong record.
   */
  dropSteps(predicate: (change: HistoryChange) => boolean): void;
  /** Number of undo steps held. */
  readonly size: number;
  /** Called whenever `canUndo`/`canRedo` may have changed. Returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** Options of `createHistory`. */
export interface HistoryOptions {
  /** Most undo steps kept; the oldest are dropped. Default 200. */
  limit?: number;
}

const join = (a: HistoryChange, b: HistoryChange): HistoryChange => ({
  patches: [...a.patches, ...b.patches],
  inversePatches: [...b.inversePatches, ...a.inversePatches],
});

/**
 * A new, empty undo/redo history.
 *
 * @example
 * const history = createHistory();
 * const { map: next, patches, inversePatches } = applyOperation(map, addCard, { record: card });
 * history.record({ patches, inversePatches });
 * const back = history.undo(next); // equals map
 */
export function createHistory({ limit = 200 }: HistoryOptions = {}): History {
  let undoStack: HistoryChange[] = [];
  let redoStack: HistoryChange[] = [];
  let depth = 0;
  let group: HistoryChange | null = null;
  // "merge" folds only into a step recorded just before (not one uncovered by undo/redo).
  let mergeable = false;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const push = (change: HistoryChange) => {
    undoStack.push(change);
    if (undoStack.length > limit) undoStack = undoStack.slice(undoStack.length - limit);
  };

  return {
    record(change, mode = "record") {
      if (change.patches.length === 0 && change.inversePatches.length === 0) return;
      // Keep only the patches: callers often pass the whole applyOperation result, map included.
      change = { patches: change.patches, inversePatches: change.inversePatches };
      redoStack = [];
      if (group) group = join(group, change);
      else if (mode === "merge" && mergeable && undoStack.length > 0)
        undoStack[undoStack.length - 1] = join(undoStack.at(-1)!, change);
      else push(change);
      mergeable = true;
      notify();
    },
    undo(map) {
      // An open group (however deeply nested) is closed first, so it is the step undone.
      if (depth > 0) {
        depth = 1;
        this.endGroup();
      }
      const change = undoStack.pop();
      if (!change) return map;
      mergeable = false;
      redoStack.push(change);
      notify();
      return applyPatches(map, change.inversePatches);
    },
    redo(map) {
      const change = redoStack.pop();
      if (!change) return map;
      mergeable = false;
      push(change);
      notify();
      return applyPatches(map, change.patches);
    },
    canUndo: () => undoStack.length > 0 || (group !== null && group.patches.length > 0),
    canRedo: () => redoStack.length > 0,
    beginGroup() {
      depth++;
      if (depth === 1) group = { patches: [], inversePatches: [] };
    },
    endGroup() {
      if (depth === 0) return;
      depth--;
      if (depth > 0 && group) return;
      const finished = group;
      group = null;
      depth = 0;
      if (finished && finished.patches.length > 0) push(finished);
      notify();
    },
    dropSteps(predicate) {
      const before = undoStack.length + redoStack.length;
      undoStack = undoStack.filter((change) => !predicate(change));
      redoStack = redoStack.filter((change) => !predicate(change));
      if (group && predicate(group)) group = { patches: [], inversePatches: [] };
      if (undoStack.length + redoStack.length !== before) {
        mergeable = false;
        notify();
      }
    },
    checkpoint: () => ({ undo: [...undoStack], redo: [...redoStack], group }),
    restore(checkpoint) {
      undoStack = [...checkpoint.undo];
      redoStack = [...checkpoint.redo];
      const held = checkpoint.group ?? { patches: [], inversePatches: [] };
      if (depth > 0) group = held;
      else if (held.patches.length > 0) push(held);
      mergeable = false;
      notify();
    },
    clear() {
      undoStack = [];
      redoStack = [];
      group = null;
      depth = 0;
      notify();
    },
    get size() {
      return undoStack.length;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

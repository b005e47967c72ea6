import type { Patch } from "immer";
import { carryDocumentIndex } from "../document-index/document-index.js";
import type { JourneyMap } from "../records/journey-map.js";
import { applyPatches } from "./apply-patches.js";
import type { HistoryChange, HistoryEntry, UndoHistory } from "./undo-history.js";

export type { HistoryChange, HistoryCheckpoint, HistoryMode } from "./undo-history.js";

/**
 * Undo/redo over immer patches: the document's own `UndoHistory`. Memory grows with the size of the
 * edits, not of the document. Own keys of any name (`__proto__`, `constructor`, `prototype` in `meta`,
 * say) round-trip. Each step may carry a `meta` of type `Meta` (see `UndoHistory`).
 */
export interface History<Meta = unknown> extends UndoHistory<Meta> {
  /** The map with the last step undone (unchanged when there is nothing to undo). See `undoStep`. */
  undo(map: JourneyMap): JourneyMap;
  /** The map with the last undone step redone (unchanged when there is nothing to redo). See `redoStep`. */
  redo(map: JourneyMap): JourneyMap;
  /**
   * Drop every undo and redo step the predicate picks, keeping the rest in order. The editor uses it
   * when a change from outside its own history (a host's `value`, a collaborator) reorders a
   * collection: steps that address that collection by position would hit the wrong record.
   */
  dropSteps(predicate: (change: HistoryEntry<Meta>) => boolean): void;
  /** Number of undo steps held. */
  readonly size: number;
}

/** Options of `createHistory`. */
export interface HistoryOptions {
  /** Most undo steps kept; the oldest are dropped. Default 200. */
  limit?: number;
}

/** `a` then `b` as one step, with the first meta given (a group's or a drag's first edit). */
const join = <Meta>(a: HistoryEntry<Meta>, b: HistoryEntry<Meta>): HistoryEntry<Meta> =>
  withMeta(
    { patches: [...a.patches, ...b.patches], inversePatches: [...b.inversePatches, ...a.inversePatches] },
    a.meta !== undefined ? a.meta : b.meta,
  );

/** A step of `change` carrying `meta` (no `meta` key at all when it is undefined). */
const withMeta = <Meta>(change: HistoryChange, meta: Meta | undefined): HistoryEntry<Meta> =>
  meta === undefined
    ? { patches: change.patches, inversePatches: change.inversePatches }
    : { patches: change.patches, inversePatches: change.inversePatches, meta };

/** The map `patches` make of `map`, its index carried over from `map`'s (see `carryDocumentIndex`). */
function patched(map: JourneyMap, patches: readonly Patch[]): JourneyMap {
  const next = applyPatches(map, patches);
  carryDocumentIndex(map, next, patches);
  return next;
}

/**
 * A new, empty undo/redo history. Its steps carry a `meta` of type `Meta` when `record` is given one
 * (an editor keeps where the person was there, to go back to on undo and redo).
 *
 * @example
 * const history = createHistory();
 * const { map: next, patches, inversePatches } = applyOperation(map, addCard, { record: card });
 * history.record({ patches, inversePatches });
 * const back = history.undo(next); // equals map
 *
 * const places = createHistory<string>();
 * places.record(applied, "record", "cell A");
 * places.undoStep(applied.map, "card 2")?.meta; // "cell A"; the redo now carries "card 2"
 */
export function createHistory<Meta = unknown>({ limit = 200 }: HistoryOptions = {}): History<Meta> {
  type Entry = HistoryEntry<Meta>;
  let undoStack: Entry[] = [];
  let redoStack: Entry[] = [];
  let depth = 0;
  let group: Entry | null = null;
  // "merge" folds only into a step recorded just before (not one uncovered by undo/redo).
  let mergeable = false;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const push = (change: Entry) => {
    undoStack.push(change);
    if (undoStack.length > limit) undoStack = undoStack.slice(undoStack.length - limit);
  };
  /** The step moved from one stack to the other, with the meta it carries there (`meta`, when given). */
  const moved = (entry: Entry, meta: Meta | undefined): Entry =>
    meta === undefined ? entry : withMeta(entry, meta);

  const history: History<Meta> = {
    record(change, mode = "record", meta) {
      if (change.patches.length === 0 && change.inversePatches.length === 0) return;
      // Keep only the patches: callers often pass the whole applyOperation result, map included.
      const entry = withMeta(change, meta);
      redoStack = [];
      if (group) group = join(group, entry);
      else if (mode === "merge" && mergeable && undoStack.length > 0)
        undoStack[undoStack.length - 1] = join(undoStack.at(-1)!, entry);
      else push(entry);
      mergeable = true;
      notify();
    },
    undoStep(map, meta) {
      // An open group (however deeply nested) is closed first, so it is the step undone.
      if (depth > 0) {
        depth = 1;
        history.endGroup();
      }
      const entry = undoStack.pop();
      if (!entry) return null;
      mergeable = false;
      redoStack.push(moved(entry, meta));
      notify();
      return { map: patched(map, entry.inversePatches), patches: entry.inversePatches, meta: entry.meta };
    },
    redoStep(map, meta) {
      const entry = redoStack.pop();
      if (!entry) return null;
      mergeable = false;
      push(moved(entry, meta));
      notify();
      return { map: patched(map, entry.patches), patches: entry.patches, meta: entry.meta };
    },
    undo: (map) => history.undoStep(map)?.map ?? map,
    redo: (map) => history.redoStep(map)?.map ?? map,
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
  return history;
}

import type { Patch } from "immer";
import type { JourneyMap } from "../records/journey-map.js";

/** One recorded edit: the patches that redo it and those that undo it. */
export interface HistoryChange {
  patches: Patch[];
  inversePatches: Patch[];
}

/**
 * A step of an undo history: its change, and `meta`, whatever the one who recorded it wants back
 * when it is undone or redone (an editor keeps where the person was, as y-prosemirror keeps the
 * selection in a stack item's meta). The history never reads it.
 */
export interface HistoryEntry<Meta = unknown> extends HistoryChange {
  meta?: Meta;
}

/**
 * The history at one moment (its undo and redo steps, their meta, and what an open group held), to go
 * back to with `restore`. Opaque: take one with `checkpoint()`.
 */
export interface HistoryCheckpoint<Meta = unknown> {
  readonly undo: readonly HistoryEntry<Meta>[];
  readonly redo: readonly HistoryEntry<Meta>[];
  readonly group: HistoryEntry<Meta> | null;
}

/**
 * How a change enters the history: `"record"` makes a new undo step, `"merge"` folds it into the
 * previous step (a drag in progress).
 */
export type HistoryMode = "record" | "merge";

/** What one `undoStep` or `redoStep` did. */
export interface HistoryStep<Meta = unknown> {
  /** The map after the step. */
  map: JourneyMap;
  /** The patches that turned the map given into `map` (a step's inverse patches, for an undo). */
  patches: Patch[];
  /** The meta the step carried: given when it was recorded (or, for a redo, when it was undone). */
  meta: Meta | undefined;
}

/**
 * What an editor needs from undo, whoever keeps the steps: the document's own history
 * (`createHistory`) or a shared document's per-user undo (a collaboration binding). Each step carries
 * an opaque `meta`, set when the step is pushed on a stack and handed back when it is popped, so the
 * editor can put the person back where they were.
 *
 * @example
 * const history: UndoHistory<Place> = createHistory<Place>();
 * history.record(applied, "record", placeNow);        // the step remembers placeNow
 * const step = history.undoStep(map, placeAfterEdit); // the redo remembers placeAfterEdit
 * if (step) show(step.map), moveTo(step.meta);        // back where the person was
 */
export interface UndoHistory<Meta = unknown> {
  /**
   * Record an edit: a new step (`"record"`, the default) or part of the last one (`"merge"`). `meta` is
   * kept with a new step (a merge, or an edit inside a group, keeps the step's first meta).
   */
  record(change: HistoryChange, mode?: HistoryMode, meta?: Meta): void;
  /**
   * Undo the last step on `map`: null when there is none. The step moves to the redo stack carrying
   * `meta` (when given; else the meta it had).
   */
  undoStep(map: JourneyMap, meta?: Meta): HistoryStep<Meta> | null;
  /** Redo the last undone step on `map`: null when there is none. Back on the undo stack it carries `meta` (when given). */
  redoStep(map: JourneyMap, meta?: Meta): HistoryStep<Meta> | null;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Everything recorded until the matching `endGroup` becomes one undo step. Groups nest. */
  beginGroup(): void;
  endGroup(): void;
  /**
   * The history as it is now, to `restore` later. The editor takes one before an edit a controlled host
   * may not accept (its next `value` does not hold the edit).
   */
  checkpoint(): HistoryCheckpoint<Meta>;
  /**
   * Go back to a checkpoint: its undo and redo steps, as if nothing was recorded, undone or redone
   * since. A group still open keeps only what it held at the checkpoint (nothing when it began later);
   * a group closed since becomes the step of what it held at the checkpoint. The next `"merge"` starts
   * a new step.
   */
  restore(checkpoint: HistoryCheckpoint<Meta>): void;
  clear(): void;
  /** Called whenever `canUndo`/`canRedo` may have changed. Returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

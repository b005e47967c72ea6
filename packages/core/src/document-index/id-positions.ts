import { idOf, type ListChange } from "./list-change.js";

/** Where each id sits in one version of a record list (the first place, for a repeated id). */
export interface IdPositions {
  get(id: string): number | undefined;
  /** Whether every id in the list is different (an index is only carried across edits when so). */
  readonly unique: boolean;
  /** How many carried layers sit over the last full build (a lookup walks each). */
  readonly depth: number;
}

/** Layers of carried positions before the next edit builds them afresh (lookups stay a few steps). */
export const MAX_DEPTH = 8;

/**
 * The id positions of a list, built in one pass (from the end, so the first of a repeated id wins,
 * as `findIndex` would find it). Items without a string id are left out.
 *
 * @example
 * builtPositions([{ id: "a" }, { id: "b" }]).get("b"); // 1
 */
export function builtPositions(list: readonly unknown[]): IdPositions {
  const at = new Map<string, number>();
  let unique = true;
  for (let i = list.length - 1; i >= 0; i--) {
    const id = idOf(list[i]);
    if (typeof id !== "string") continue;
    if (at.has(id)) unique = false;
    at.set(id, i);
  }
  return { get: (id) => at.get(id), unique, depth: 0 };
}

/** A shift of the places of `base`: some removed, some moved by `by`, new ids at their own places. */
interface Shift {
  removedFrom: number;
  removedTo: number;
  shiftedFrom: number;
  shiftedTo: number;
  by: number;
  inserted: ReadonlyMap<string, number>;
}

function shifted(base: IdPositions, shift: Shift): IdPositions {
  const { removedFrom, removedTo, shiftedFrom, shiftedTo, by, inserted } = shift;
  return {
    get(id) {
      const own = inserted.get(id);
      if (own !== undefined) return own;
      const at = base.get(id);
      if (at === undefined || (at >= removedFrom && at < removedTo)) return undefined;
      return at >= shiftedFrom && at < shiftedTo ? at + by : at;
    },
    unique: true,
    depth: base.depth + 1,
  };
}

/**
 * The positions of `after` from those of `before` (`base`) and the change between the lists, in
 * O(changed records): the same object when no id moved. `undefined` when they must be built afresh:
 * the change puts an id in twice, or the layers would pass `MAX_DEPTH`.
 *
 * @example
 * carriedPositions(positions, { kind: "moved", from: 0, to: 2 }, after)?.get(after[2].id); // 2
 */
export function carriedPositions(
  base: IdPositions,
  change: ListChange,
  after: readonly unknown[],
): IdPositions | undefined {
  if (change.kind === "replaced") return base;
  if (!base.unique || base.depth >= MAX_DEPTH) return undefined;
  if (change.kind === "moved") {
    const { from, to } = change;
    const inserted = new Map([[idOf(after[to]) as string, to]]);
    return from < to
      ? shifted(base, {
          removedFrom: from,
          removedTo: from + 1,
          shiftedFrom: from + 1,
          shiftedTo: to + 1,
          by: -1,
          inserted,
        })
      : shifted(base, {
          removedFrom: from,
          removedTo: from + 1,
          shiftedFrom: to,
          shiftedTo: from,
          by: 1,
          inserted,
        });
  }
  const { start, removed, inserted: count } = change;
  const removedTo = start + removed;
  const inserted = new Map<string, number>();
  for (let i = start; i < start + count; i++) {
    const id = idOf(after[i]);
    if (typeof id !== "string") continue;
    const was = base.get(id);
    const kept = was !== undefined && (was < start || was >= removedTo);
    if (kept || inserted.has(id)) return undefined;
    inserted.set(id, i);
  }
  const shift = {
    removedFrom: start,
    removedTo,
    shiftedFrom: removedTo,
    shiftedTo: Infinity,
    by: count - removed,
  };
  return shifted(base, { ...shift, inserted });
}

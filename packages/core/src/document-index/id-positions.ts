import { idOf, type ListChange } from "./list-change.js";

/**
 * Where each id sits in one version of a record list (the first place, for a repeated id): the full
 * positions of some earlier version (`root`), and the layers of edits since, each a shift of places.
 */
export interface IdPositions {
  /** The exact place of `id`, through every layer. */
  get(id: string): number | undefined;
  /** The positions of the version the layers start from: a guess, checked against the list. */
  readonly root: ReadonlyMap<string, number>;
  /** Whether every id in the list is different (positions are only carried across edits when so). */
  readonly unique: boolean;
  /** How many layers sit over `root`. */
  readonly depth: number;
  /** How many ids the layers hold (positions carrying as many as the list are built afresh instead). */
  readonly weight: number;
}

/** Layers before the next edit builds the positions afresh (a lookup the root misses walks each). */
export const MAX_DEPTH = 1024;

/** How far from its root place a record is looked for before the layers are walked. */
const NEAR = 16;

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
  return { get: (id) => at.get(id), root: at, unique, depth: 0, weight: 0 };
}

/**
 * The place of `id` in `list` found without walking the layers: at its root place or near it (the
 * record there has the id; with unique ids that is its place). -1 when not found so.
 *
 * @example
 * quickPosition(positions, list, id); // 4, or -1: ask positions.get(id)
 */
export function quickPosition(positions: IdPositions, list: readonly unknown[], id: string): number {
  const guess = positions.root.get(id);
  if (guess === undefined) return -1;
  if (idOf(list[guess]) === id) return guess;
  if (positions.depth === 0) return -1;
  for (let d = 1; d <= NEAR; d++) {
    if (idOf(list[guess - d]) === id) return guess - d;
    if (idOf(list[guess + d]) === id) return guess + d;
  }
  return -1;
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
  // One record moved (the usual layer): its id is compared, not looked up.
  const [only, onlyAt] = inserted.size === 1 ? [...inserted][0]! : [undefined, -1];
  return {
    get(id) {
      const own = only === undefined ? inserted.get(id) : id === only ? onlyAt : undefined;
      if (own !== undefined) return own;
      const at = base.get(id);
      if (at === undefined || (at >= removedFrom && at < removedTo)) return undefined;
      return at >= shiftedFrom && at < shiftedTo ? at + by : at;
    },
    root: base.root,
    unique: true,
    depth: base.depth + 1,
    weight: base.weight + inserted.size + 1,
  };
}

/**
 * The positions of `after` from those of `before` (`base`) and the change between the lists, in
 * O(changed records): the same object when no id moved. `undefined` when they must be built afresh:
 * the change puts an id in twice, or the layers would pass `MAX_DEPTH` or hold as many ids as the list.
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
  if (!base.unique || base.depth >= MAX_DEPTH || base.weight >= after.length) return undefined;
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

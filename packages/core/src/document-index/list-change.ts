/**
 * How one version of a record list became the next (immer keeps the records an edit did not touch,
 * so the two lists share them): what an index of the old list needs to become an index of the new one.
 * - `replaced`: the same ids in the same places; the records at `at` are new objects (a field edit).
 * - `moved`: one record (same id, perhaps a new object) taken from `from` and put at `to`; the
 *   records between shift one place, the same objects (a move).
 * - `spliced`: `removed` records at `start` replaced by `inserted` new ones; the records after them
 *   are the same objects, shifted (an add, a removal, a duplicate).
 */
export type ListChange =
  | { readonly kind: "replaced"; readonly at: readonly number[] }
  | { readonly kind: "moved"; readonly from: number; readonly to: number }
  | { readonly kind: "spliced"; readonly start: number; readonly removed: number; readonly inserted: number };

/** More removed and inserted records than this and indexing the new list afresh is as cheap. */
export const MAX_SPLICED = 256;

/** The id of a list item, or undefined when it has none (the index never trusts a list's shape). */
export const idOf = (record: unknown): unknown =>
  record !== null && typeof record === "object" ? (record as { id?: unknown }).id : undefined;

/**
 * Where an edit changed a list, as its patches say: every difference between the two versions lies
 * at or after `from`, and, when the list kept its length, at or before `to`.
 */
export interface ChangedRange {
  from: number;
  to: number;
}

/**
 * The change from `before` to `after`, found by comparing records by identity (O(n) comparisons, no
 * hashing; only inside `range` when the edit's patches gave one); `undefined` when it is larger than
 * a splice of `MAX_SPLICED` records.
 *
 * @example
 * listChange([a, b, c], [a, b2, c]); // { kind: "replaced", at: [1] } when b2.id === b.id
 * listChange([a, b, c], [b, c, a]); // { kind: "moved", from: 0, to: 2 }
 * listChange([a, b, c], [a, c]); // { kind: "spliced", start: 1, removed: 1, inserted: 0 }
 */
export function listChange(
  before: readonly unknown[],
  after: readonly unknown[],
  range?: ChangedRange,
): ListChange | undefined {
  const shortest = Math.min(before.length, after.length);
  let start = range ? Math.min(range.from, shortest) : 0;
  while (start < shortest && before[start] === after[start]) start++;
  const kept = range && before.length === after.length ? before.length - 1 - range.to : 0;
  let tail = Math.max(0, Math.min(kept, shortest - start));
  while (tail < shortest - start && before[before.length - 1 - tail] === after[after.length - 1 - tail])
    tail++;
  const [endBefore, endAfter] = [before.length - tail, after.length - tail];
  if (before.length === after.length) {
    const change =
      replacedBetween(before, after, start, endBefore) ?? movedBetween(before, after, start, endBefore);
    if (change) return change;
  }
  const [removed, inserted] = [endBefore - start, endAfter - start];
  return removed + inserted > MAX_SPLICED ? undefined : { kind: "spliced", start, removed, inserted };
}

/** The places in [start, end) holding new objects, when every one keeps the id it replaces. */
function replacedBetween(
  before: readonly unknown[],
  after: readonly unknown[],
  start: number,
  end: number,
): ListChange | undefined {
  const at: number[] = [];
  for (let i = start; i < end; i++) {
    if (before[i] === after[i]) continue;
    const id = idOf(after[i]);
    if (typeof id !== "string" || id !== idOf(before[i])) return undefined;
    at.push(i);
  }
  return { kind: "replaced", at };
}

/** One record moved from one end of [start, end) to the other, the records between shifted one place. */
function movedBetween(
  before: readonly unknown[],
  after: readonly unknown[],
  start: number,
  end: number,
): ListChange | undefined {
  if (end - start < 2) return undefined;
  const sameId = (a: unknown, b: unknown) => typeof idOf(a) === "string" && idOf(a) === idOf(b);
  const shifted = (offset: number, from: number, to: number) => {
    for (let i = from; i < to; i++) if (after[i] !== before[i + offset]) return false;
    return true;
  };
  if (sameId(after[end - 1], before[start]) && shifted(1, start, end - 1))
    return { kind: "moved", from: start, to: end - 1 };
  if (sameId(after[start], before[end - 1]) && shifted(-1, start + 1, end))
    return { kind: "moved", from: end - 1, to: start };
  return undefined;
}

import { generateKeyBetween, generateNKeysBetween } from "fractional-indexing";

/** Compare two records by their order key, then by id: the one order every client agrees on. */
export function compareOrder(a: { key: string; id: string }, b: { key: string; id: string }): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Indices of a longest run of `keys` (in list order) whose keys strictly increase: the records that can
 * keep their keys. Patience sorting, O(n log n); `undefined` keys (new records) never belong to it.
 */
function keptIndices(keys: readonly (string | undefined)[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(keys.length).fill(-1);
  keys.forEach((key, i) => {
    if (key === undefined) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[tails[mid]!]! < key) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const kept = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i]!) kept.add(i);
  return kept;
}

/**
 * New order keys for a list whose records are wanted in `ids` order, given the keys they hold now
 * (`current.get(id)`, undefined for a new record). Records in a longest strictly increasing run keep
 * their keys; every other record (moved or new) gets a key between its kept neighbours. Returns only
 * the keys to write, so a move writes one key and leaves concurrent edits of other records alone.
 *
 * @example
 * reorderKeys(["b", "a"], new Map([["a", "a0"], ["b", "a1"]])); // Map { "b" => "Zz" } (b before a0)
 */
export function reorderKeys(
  ids: readonly string[],
  current: ReadonlyMap<string, string | undefined>,
): Map<string, string> {
  const keys = ids.map((id) => current.get(id));
  const kept = keptIndices(keys);
  const written = new Map<string, string>();
  let i = 0;
  while (i < ids.length) {
    if (kept.has(i)) {
      i++;
      continue;
    }
    // A run of records to key, between the kept record before it and the kept record after it.
    let end = i;
    while (end < ids.length && !kept.has(end)) end++;
    const lower = i > 0 ? keys[i - 1]! : null;
    const upper = end < ids.length ? keys[end]! : null;
    const fresh =
      end - i === 1 ? [generateKeyBetween(lower, upper)] : generateNKeysBetween(lower, upper, end - i);
    for (let j = i; j < end; j++) written.set(ids[j]!, fresh[j - i]!);
    i = end;
  }
  return written;
}

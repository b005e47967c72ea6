import { carriedGroups } from "./carried-groups.js";
import { builtPositions, carriedPositions, type IdPositions, quickPosition } from "./id-positions.js";
import { type ChangedRange, listChange } from "./list-change.js";
import { builtGroups, type GroupKey, type RecordGroups } from "./record-groups.js";

/** What a record list's index needs of a record. */
export type IdRecord = { readonly id: string };

const NONE: readonly never[] = Object.freeze([]);

/**
 * The index of one version of a record list: where each id sits, and the records grouped by the
 * keys asked for (a card's cell...). Each part is built when first asked, or carried over from the
 * index of the version an edit started from (`carriedTo`). A part never changes once made: an older
 * version of the list keeps its own.
 *
 * It does not hold its list (each method is given it): it is kept in a WeakMap keyed by the list, and
 * an entry whose value refers to its key survives every young-generation collection (measured: 20
 * times the collector's work per edit).
 */
export class ListIndex<T extends IdRecord> {
  #positions: IdPositions | undefined;
  readonly #groups: Map<GroupKey<T>, RecordGroups<T>>;
  /** Layers walked by lookups the root missed: once they add up to the list's length, it builds its own. */
  #walked = 0;

  constructor(positions?: IdPositions, groups = new Map<GroupKey<T>, RecordGroups<T>>()) {
    this.#positions = positions;
    this.#groups = groups;
  }

  /** The place of the record with `id` in `records` (the first, if repeated), or -1. */
  positionOf(records: readonly T[], id: string): number {
    if (typeof id !== "string") return -1;
    let positions = this.#positions ?? builtPositions(records);
    this.#positions = positions;
    const quick = quickPosition(positions, records, id);
    if (quick >= 0) return quick;
    this.#walked += positions.depth;
    if (positions.depth > 0 && this.#walked > records.length) {
      positions = builtPositions(records);
      this.#positions = positions;
    }
    return positions.get(id) ?? -1;
  }

  /** The record of `records` with `id` (the same object), or undefined. */
  byId(records: readonly T[], id: string): T | undefined {
    const at = this.positionOf(records, id);
    return at < 0 ? undefined : records[at];
  }

  /** The records whose `keyOf` is `key`, in list order (`keyOf` must be one constant function). */
  group(records: readonly T[], keyOf: GroupKey<T>, key: string): readonly T[] {
    let groups = this.#groups.get(keyOf);
    if (!groups) {
      groups = builtGroups(records, keyOf);
      this.#groups.set(keyOf, groups);
    }
    return groups.get(key) ?? NONE;
  }

  /**
   * The index of `after`, an edit of `before` (this index's list) changed within `range` when given:
   * the parts made so far, carried across the change in O(changed records). `undefined` when there is
   * nothing to carry, or the change is too large (`after` is then indexed afresh when asked).
   */
  carriedTo(before: readonly T[], after: readonly T[], range?: ChangedRange): ListIndex<T> | undefined {
    const base = this.#positions;
    if (!base && this.#groups.size === 0) return undefined;
    const change = listChange(before, after, range);
    if (!change) return undefined;
    let positions = base && carriedPositions(base, change, after);
    const groups = new Map<GroupKey<T>, RecordGroups<T>>();
    if (this.#groups.size === 0) return new ListIndex(positions, groups);
    positions ??= builtPositions(after);
    const carried = new ListIndex<T>(positions, groups);
    // Groups are only carried where ids are unique (a place then says which record it is).
    const placeOf = (id: string) => carried.positionOf(after, id);
    for (const [keyOf, ofBefore] of this.#groups) {
      const made = positions.unique && carriedGroups(ofBefore, change, [before, after], keyOf, placeOf);
      if (made) groups.set(keyOf, made);
    }
    return carried;
  }
}

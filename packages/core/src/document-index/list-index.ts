import { builtPositions, carriedPositions, type IdPositions } from "./id-positions.js";
import { listChange } from "./list-change.js";
import { builtGroups, carriedGroups, type GroupKey, type RecordGroups } from "./record-groups.js";

/** What a record list's index needs of a record. */
export type IdRecord = { readonly id: string };

/** Predecessors waiting to hand their index on before a list indexes itself afresh instead. */
export const MAX_PENDING = 8;

const NONE: readonly never[] = Object.freeze([]);

/**
 * The index of one version of a record list: where each id sits, and the records grouped by the
 * keys asked for (a card's cell...). Built when first asked; or, for a list an edit made from an
 * indexed one (`ListIndex(list, from)`), taken over from that one's index and updated where the lists
 * differ. Never changed once built: an older version of the list keeps its own index.
 */
export class ListIndex<T extends IdRecord> {
  #positions: IdPositions | undefined;
  readonly #groups = new Map<GroupKey<T>, RecordGroups<T>>();
  #from: ListIndex<T> | undefined;

  constructor(
    readonly records: readonly T[],
    from?: ListIndex<T>,
  ) {
    this.#from = from;
  }

  /** How many predecessors this index still has to take its parts over from. */
  get pending(): number {
    return this.#from ? this.#from.pending + 1 : 0;
  }

  /** The place of the record with `id` (the first, if repeated), or -1. */
  positionOf(id: string): number {
    if (typeof id !== "string") return -1;
    return this.#ownPositions().get(id) ?? -1;
  }

  /** The record with `id` (the same object as in the list), or undefined. */
  byId(id: string): T | undefined {
    const at = this.positionOf(id);
    return at < 0 ? undefined : this.records[at];
  }

  /** The records whose `keyOf` is `key`, in list order (`keyOf` must be one constant function). */
  group(keyOf: GroupKey<T>, key: string): readonly T[] {
    this.#takeOver();
    let groups = this.#groups.get(keyOf);
    if (!groups) {
      groups = builtGroups(this.records, keyOf);
      this.#groups.set(keyOf, groups);
    }
    return groups.get(key) ?? NONE;
  }

  #ownPositions(): IdPositions {
    this.#takeOver();
    this.#positions ??= builtPositions(this.records);
    return this.#positions;
  }

  /** Once: the predecessor's parts, carried across the change between the two lists. */
  #takeOver(): void {
    const from = this.#from;
    if (!from) return;
    this.#from = undefined;
    from.#takeOver();
    const base = from.#positions;
    if (!base && from.#groups.size === 0) return;
    const change = listChange(from.records, this.records);
    if (!change) return;
    if (base) this.#positions = carriedPositions(base, change, this.records);
    if (from.#groups.size === 0) return;
    this.#positions ??= builtPositions(this.records);
    for (const [keyOf, groups] of from.#groups) {
      const carried = carriedGroups(groups, change, [from.records, this.records], keyOf, this.#positions);
      if (carried) this.#groups.set(keyOf, carried);
    }
  }
}

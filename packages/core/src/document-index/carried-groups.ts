import type { ListChange } from "./list-change.js";
import {
  EditedGroups,
  flattened,
  type GroupKey,
  MAX_GROUP_DEPTH,
  type RecordGroups,
} from "./record-groups.js";

/** More replaced records than this and grouping the new list afresh is as cheap. */
const MAX_REPLACED = 256;

/** The groups being made for the new list: the old ones shared, a group copied before it changes. */
class GroupsEdit<T> {
  readonly #changed = new Map<string, T[]>();
  constructor(
    readonly base: RecordGroups<T>,
    readonly keyOf: GroupKey<T>,
    readonly positionOf: (record: T) => number,
  ) {}

  group(key: string): T[] {
    let group = this.#changed.get(key);
    if (!group) {
      group = [...(this.base.get(key) ?? [])];
      this.#changed.set(key, group);
    }
    return group;
  }

  /** The groups made: the changed ones over the old (copied into one map every few edits). */
  result(): RecordGroups<T> {
    const edited = new EditedGroups<T>(this.#changed, this.base);
    return edited.depth > MAX_GROUP_DEPTH ? flattened(edited) : edited;
  }

  /** Take `record` out of its group; false when it is not there (the groups were not of `before`). */
  remove(record: T): boolean {
    const key = this.keyOf(record);
    if (key === undefined) return true;
    const group = this.group(key);
    const at = group.indexOf(record);
    if (at >= 0) group.splice(at, 1);
    return at >= 0;
  }

  /** Put `record` into its group at its place in the list (every record of the group is in the list). */
  insert(record: T): void {
    const key = this.keyOf(record);
    if (key === undefined) return;
    const group = this.group(key);
    const place = this.positionOf(record);
    let [low, high] = [0, group.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.positionOf(group[middle]!) < place) low = middle + 1;
      else high = middle;
    }
    group.splice(low, 0, record);
  }

  /** Swap `before` for `after` where it stands, when both have the same key. */
  replace(before: T, after: T): boolean {
    const key = this.keyOf(after);
    if (key !== this.keyOf(before)) {
      const found = this.remove(before);
      this.insert(after);
      return found;
    }
    if (key === undefined) return true;
    const group = this.group(key);
    const at = group.indexOf(before);
    if (at >= 0) group[at] = after;
    return at >= 0;
  }
}

/**
 * The groups of `after` from those of `before` and the change between them, touching only the groups
 * of the records that changed (a card moved between cells: two groups). `placeOf` gives an id's place
 * in `after`, whose ids must be unique. `undefined` when the change is too large to be worth it.
 *
 * @example
 * carriedGroups(groups, { kind: "moved", from: 4, to: 9 }, [before, after], (c) => c.stageId, placeOf);
 */
export function carriedGroups<T extends { readonly id: string }>(
  base: RecordGroups<T>,
  change: ListChange,
  [before, after]: readonly [readonly T[], readonly T[]],
  keyOf: GroupKey<T>,
  placeOf: (id: string) => number,
): RecordGroups<T> | undefined {
  if (change.kind === "replaced" && change.at.length === 0) return base;
  if (change.kind === "replaced" && change.at.length > MAX_REPLACED) return undefined;
  const edit = new GroupsEdit(base, keyOf, (record) => placeOf(record.id));
  let found = true;
  if (change.kind === "replaced") for (const i of change.at) found &&= edit.replace(before[i]!, after[i]!);
  else if (change.kind === "moved") {
    found = edit.remove(before[change.from]!);
    edit.insert(after[change.to]!);
  } else {
    const { start, removed, inserted } = change;
    for (let i = start; i < start + removed; i++) found &&= edit.remove(before[i]!);
    for (let i = start; i < start + inserted; i++) edit.insert(after[i]!);
  }
  return found ? edit.result() : undefined;
}

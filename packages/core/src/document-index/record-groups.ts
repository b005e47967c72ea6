/** The records of a list sorted by a key (a card's cell, a touchpoint's stage), each group in list order. */
export interface RecordGroups<T> {
  /** The group of `key`, or undefined (or empty) when no record has that key. */
  get(key: string): readonly T[] | undefined;
  /** Layers of edited groups over the last full grouping. */
  readonly depth?: number;
  /** Every group, for a layer that flattens them. */
  forEach(each: (group: readonly T[], key: string) => void): void;
}

/** Layers of edited groups before the groups are copied into one map (a lookup walks each). */
export const MAX_GROUP_DEPTH = 8;

/** The groups an edit changed (an emptied one as an empty list) over the groups before it. */
export class EditedGroups<T> implements RecordGroups<T> {
  readonly depth: number;
  constructor(
    readonly own: ReadonlyMap<string, readonly T[]>,
    readonly base: RecordGroups<T>,
  ) {
    this.depth = (base.depth ?? 0) + 1;
  }

  get(key: string): readonly T[] | undefined {
    return this.own.get(key) ?? this.base.get(key);
  }

  forEach(each: (group: readonly T[], key: string) => void): void {
    this.base.forEach((group, key) => {
      if (!this.own.has(key)) each(group, key);
    });
    this.own.forEach(each);
  }
}

/** One map of the non-empty groups of `groups`. */
export function flattened<T>(groups: RecordGroups<T>): RecordGroups<T> {
  const flat = new Map<string, readonly T[]>();
  groups.forEach((group, key) => {
    if (group.length > 0) flat.set(key, group);
  });
  return flat;
}

/** The key of a record's group, or undefined to leave it out of every group. */
export type GroupKey<T> = (record: T) => string | undefined;

/**
 * The groups of a list, in one pass.
 *
 * @example
 * builtGroups(cards, (c) => c.stageId).get("s1"); // the cards of stage s1, in list order
 */
export function builtGroups<T>(list: readonly T[], keyOf: GroupKey<T>): RecordGroups<T> {
  const groups = new Map<string, T[]>();
  for (const record of list) {
    const key = keyOf(record);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }
  return groups;
}

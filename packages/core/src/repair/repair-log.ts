import { formatPath, type IssueLocation } from "../parse/issue.js";
import { RECORD_COLLECTION_NAMES, type RecordCollection } from "../records/record-collections.js";
import type { Repair, RepairAction } from "./repair.js";

/** A place being repaired, by the record's index in its list now (records set aside shift the rest). */
export interface RepairSite {
  collection: RecordCollection;
  index: number;
  field?: string;
  item?: number;
}

/**
 * The repairs made so far, each naming its place in the document as read: records set aside in one
 * round shift the indices of the next, so the log keeps, per list, the original index of each record
 * still in it.
 */
export interface RepairLog {
  /** How many repairs so far. */
  readonly size: number;
  /** A repair of a record (or a field or list item of one). */
  atRecord(site: RepairSite, action: RepairAction, message: string): void;
  /** A repair of the map's own field (`title`) or list (`cards`). */
  atMap(path: string, action: RepairAction, message: string): void;
  /** The records at `indices` (now) left `collection`, which held `length` records before. */
  removed(collection: RecordCollection, length: number, indices: ReadonlySet<number>): void;
  /** The original index of the record now at `index`. */
  originOf(collection: RecordCollection, index: number): number;
  /** Every repair in file order: the map's fields first, then each list's records in order. */
  list(): Repair[];
}

/**
 * An empty log.
 *
 * @example
 * const log = createRepairLog();
 * log.atMap("title", "filled missing field", 'the map had no title; it is now "Untitled journey"');
 */
export function createRepairLog(): RepairLog {
  const entries: { rank: number; index: number; repair: Repair }[] = [];
  const origins = new Map<RecordCollection, number[]>();
  const originOf = (collection: RecordCollection, index: number) => origins.get(collection)?.[index] ?? index;
  return {
    get size() {
      return entries.length;
    },
    atRecord({ collection, index, field, item }, action, message) {
      const at: IssueLocation = { collection, index: originOf(collection, index) };
      if (field !== undefined) at.field = field;
      if (field !== undefined && item !== undefined) at.item = item;
      const segments: PropertyKey[] = [collection, at.index];
      if (at.field !== undefined) segments.push(at.field);
      if (at.item !== undefined) segments.push(at.item);
      const repair = { path: formatPath(segments), at, action, message };
      entries.push({ rank: RECORD_COLLECTION_NAMES.indexOf(collection), index: at.index, repair });
    },
    atMap(path, action, message) {
      entries.push({ rank: -1, index: 0, repair: { path, action, message } });
    },
    removed(collection, length, indices) {
      const before = origins.get(collection) ?? Array.from({ length }, (_, i) => i);
      origins.set(
        collection,
        before.filter((_, i) => !indices.has(i)),
      );
    },
    originOf,
    list() {
      // A stable sort: repairs of one record keep the order they were made in.
      return [...entries].sort((a, b) => a.rank - b.rank || a.index - b.index).map((entry) => entry.repair);
    },
  };
}

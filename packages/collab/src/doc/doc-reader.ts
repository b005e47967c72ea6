import type * as Y from "yjs";
import { FIELDS_NAME, isRecordCollection, ORDER_KEY, recordCollections } from "./doc-layout.js";
import { type DocRecord, type MergedMap, recordsOf } from "./merged-map.js";
import { compareOrder } from "./order-keys.js";

/** A record as last read from its Y.Map, with its order key. */
interface CachedRecord {
  record: DocRecord;
  key: string;
}

/**
 * One collection as last read, sorted by order key then id: the records (the array `read` hands out,
 * never changed once handed out), and beside them each one's id in the Y.Doc and its order key.
 */
interface SortedList {
  records: readonly DocRecord[];
  ids: string[];
  keys: string[];
}

/** Reads a Y.Doc as a map (before repair), rereading only the records that changed since the last read. */
export interface DocReader {
  /** The doc's map as merged (unchecked: it may hold dangling references); undefined while empty. */
  read(): MergedMap | undefined;
  /** The order key each record of a collection holds now. */
  orderKeys(collection: string): Map<string, string>;
  /** The record with this id as the last read gave it (undefined when the doc holds none). */
  record(collection: string, id: string): DocRecord | undefined;
  /** The order key the record with this id holds now (undefined when the doc holds none). */
  keyOf(collection: string, id: string): string | undefined;
  /** Where the record with this id is in the collection's list as the last read gave it; -1 if absent. */
  indexOf(collection: string, id: string): number;
  /**
   * Record objects known to equal what the doc holds (after a local write), so reads reuse them: where
   * a collection of `map` holds the records the doc holds, in the same order, the next read hands out
   * `map`'s own list.
   */
  adopt(map: MergedMap, collections: Iterable<string>): void;
  /**
   * What changed since the last call (or `adopt`): ids per collection ("all" on the first read), and
   * whether the map's own fields changed.
   */
  takeChanges(): DocChanges;
  destroy(): void;
}

/** Records (by collection) and map fields changed in the doc since a point in time. */
export interface DocChanges {
  records: Map<string, Set<string> | "all">;
  fields: boolean;
}

/** More changed records than this in one collection: its list is sorted again rather than patched. */
const RESORT_AT = 64;

/** A Y type's JSON (a Y.Text's string), any other value as it is. */
const plain = (value: unknown): unknown =>
  value !== null && typeof value === "object" && typeof (value as Y.Map<unknown>).toJSON === "function"
    ? (value as Y.Map<unknown>).toJSON()
    : value;

function readRecord(value: unknown): CachedRecord | undefined {
  if (!value || typeof (value as Y.Map<unknown>).toJSON !== "function") return undefined;
  const { [ORDER_KEY]: key, ...record } = (value as Y.Map<unknown>).toJSON() as Record<string, unknown>;
  return { record, key: typeof key === "string" ? key : "" };
}

/** Where the entry `(key, id)` is in a sorted list, or where it would go: a binary search. */
function positionOf(list: SortedList, key: string, id: string): { at: number; found: boolean } {
  let low = 0;
  let high = list.ids.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const order = compareOrder({ key: list.keys[middle]!, id: list.ids[middle]! }, { key, id });
    if (order === 0) return { at: middle, found: true };
    if (order < 0) low = middle + 1;
    else high = middle;
  }
  return { at: low, found: false };
}

function sortedList(known: ReadonlyMap<string, CachedRecord>): SortedList {
  const entries = [...known].map(([id, cached]) => ({ id, key: cached.key, record: cached.record }));
  entries.sort(compareOrder);
  return {
    records: entries.map((entry) => entry.record),
    ids: entries.map((entry) => entry.id),
    keys: entries.map((entry) => entry.key),
  };
}

/**
 * A copy of `list` with the changed records put in by binary search (`known` follows): the cost
 * follows the change, not the list.
 */
function patchList(
  list: SortedList,
  known: Map<string, CachedRecord>,
  changed: Iterable<string>,
  target: Y.Map<Y.Map<unknown>>,
): SortedList {
  const records = list.records.slice();
  const patched = { records, ids: list.ids.slice(), keys: list.keys.slice() };
  for (const id of changed) {
    const old = known.get(id);
    const read = readRecord(target.get(id));
    if (old) {
      const { at } = positionOf(patched, old.key, id);
      if (read && read.key === old.key) {
        // Same place: the changed record replaces the old one (the common case: a field edited).
        records[at] = read.record;
        known.set(id, read);
        continue;
      }
      records.splice(at, 1);
      patched.ids.splice(at, 1);
      patched.keys.splice(at, 1);
      known.delete(id);
    }
    if (!read) continue;
    const { at } = positionOf(patched, read.key, id);
    records.splice(at, 0, read.record);
    patched.ids.splice(at, 0, id);
    patched.keys.splice(at, 0, read.key);
    known.set(id, read);
  }
  return patched;
}

/**
 * A cached reader of a Y.Doc: each collection is observed, and a read rereads only the records whose
 * Y.Map changed and puts them into a copy of the collection's sorted list by binary search, so the cost
 * of a read follows the change, not the map; unchanged records keep their object identity (React memo,
 * patch diffs), and an unchanged collection keeps its list.
 */
export function createDocReader(doc: Y.Doc): DocReader {
  const cache = new Map<string, Map<string, CachedRecord>>();
  const lists = new Map<string, SortedList>();
  const dirty = new Map<string, Set<string> | "all">();
  const unobserve: (() => void)[] = [];
  let changes: DocChanges = { records: new Map(), fields: true };
  const fields = doc.getMap<unknown>(FIELDS_NAME);
  let fieldsCache: Record<string, unknown> | undefined;
  const onFields = (event: Y.YMapEvent<unknown>) => {
    changes.fields = true;
    if (!fieldsCache) return;
    for (const key of event.keysChanged) {
      if (fields.has(key)) fieldsCache[key] = plain(fields.get(key));
      else delete fieldsCache[key];
    }
  };
  fields.observe(onFields);
  unobserve.push(() => fields.unobserve(onFields));
  for (const collection of recordCollections()) {
    dirty.set(collection, "all");
    changes.records.set(collection, "all");
    const target = doc.getMap<Y.Map<unknown>>(collection);
    const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      const changed = new Set<string>();
      for (const event of events) {
        if (event.target === target) for (const id of event.changes.keys.keys()) changed.add(id);
        else if (typeof event.path[0] === "string") changed.add(event.path[0]);
      }
      for (const marks of [dirty, changes.records]) {
        const ids = marks.get(collection);
        if (ids === "all") continue;
        if (ids) for (const id of changed) ids.add(id);
        else marks.set(collection, new Set(changed));
      }
    };
    target.observeDeep(observer);
    unobserve.push(() => target.unobserveDeep(observer));
  }

  /** The collection's list with the doc's changes since the last read put in. */
  const listOf = (collection: string): SortedList => {
    const target = doc.getMap<Y.Map<unknown>>(collection);
    let known = cache.get(collection);
    let list = lists.get(collection);
    const changed = dirty.get(collection);
    dirty.delete(collection);
    if (!known || !list || changed === "all") {
      known = new Map();
      for (const [id, value] of target.entries()) {
        const read = readRecord(value);
        if (read) known.set(id, read);
      }
      cache.set(collection, known);
      list = sortedList(known);
    } else if (changed && changed.size > RESORT_AT) {
      for (const id of changed) {
        const read = readRecord(target.get(id));
        if (read) known.set(id, read);
        else known.delete(id);
      }
      list = sortedList(known);
    } else if (changed && changed.size > 0) {
      list = patchList(list, known, changed, target);
    }
    lists.set(collection, list);
    return list;
  };

  const indexOf = (collection: string, id: string) => {
    const list = listOf(collection);
    const cached = cache.get(collection)?.get(id);
    if (!cached) return -1;
    const { at, found } = positionOf(list, cached.key, id);
    return found ? at : -1;
  };

  return {
    read() {
      if (fields.size === 0) return undefined;
      // The map's fields are rebuilt only where they changed, so `tags` or `meta` keep their identity.
      fieldsCache ??= fields.toJSON();
      const map: Record<string, unknown> = { ...fieldsCache };
      for (const collection of recordCollections()) map[collection] = listOf(collection).records;
      return map;
    },
    orderKeys(collection) {
      const { ids, keys } = listOf(collection);
      return new Map(ids.map((id, i) => [id, keys[i]!]));
    },
    keyOf(collection, id) {
      listOf(collection);
      return cache.get(collection)?.get(id)?.key;
    },
    record(collection, id) {
      listOf(collection);
      return cache.get(collection)?.get(id)?.record;
    },
    indexOf,
    takeChanges() {
      const taken = changes;
      changes = { records: new Map(), fields: false };
      return taken;
    },
    adopt(map, collections) {
      changes = { records: new Map(), fields: false };
      for (const collection of collections) {
        if (!isRecordCollection(collection)) continue;
        const list = listOf(collection);
        const known = cache.get(collection)!;
        const given = recordsOf(map, collection);
        if (given === list.records) continue;
        const aligned =
          given.length === list.records.length &&
          given.every((record, i) => record === list.records[i] || record.id === list.ids[i]);
        if (aligned) {
          given.forEach((record, i) => {
            if (record !== list.records[i]) known.get(list.ids[i]!)!.record = record;
          });
          lists.set(collection, { ...list, records: given });
          continue;
        }
        // Not the doc's order (a record the editor holds that the doc does not): adopt what matches.
        for (const record of given) {
          const cached = known.get(String(record.id));
          if (cached) cached.record = record;
        }
        lists.set(collection, { ...list, records: list.ids.map((id) => known.get(id)!.record) });
      }
    },
    destroy() {
      for (const stop of unobserve) stop();
    },
  };
}

import type { JourneyMap } from "@journeykit/core";
import type * as Y from "yjs";
import { FIELDS_NAME, ORDER_KEY, recordCollections } from "./doc-layout.js";
import { compareOrder } from "./order-keys.js";

/** A record as last read from its Y.Map, with its order key. */
interface CachedRecord {
  record: Record<string, unknown>;
  key: string;
}

/** Reads a Y.Doc as a map (before repair), rereading only the records that changed since the last read. */
export interface DocReader {
  /** The doc's map as merged (may hold dangling references: see `repairMap`); undefined while empty. */
  read(): JourneyMap | undefined;
  /** The order key each record of a collection holds now. */
  orderKeys(collection: string): Map<string, string>;
  /** Record objects known to equal what the doc holds (after a local write), so reads reuse them. */
  adopt(map: JourneyMap, collections: Iterable<string>): void;
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

function readRecord(value: unknown): CachedRecord | undefined {
  if (!value || typeof (value as Y.Map<unknown>).toJSON !== "function") return undefined;
  const { [ORDER_KEY]: key, ...record } = (value as Y.Map<unknown>).toJSON() as Record<string, unknown>;
  return { record, key: typeof key === "string" ? key : "" };
}

/**
 * A cached reader of a Y.Doc: each collection is observed, and a read rebuilds only the records whose
 * Y.Map changed, so unchanged records keep their object identity (React memo, patch diffs).
 */
export function createDocReader(doc: Y.Doc): DocReader {
  const cache = new Map<string, Map<string, CachedRecord>>();
  const dirty = new Map<string, Set<string> | "all">();
  const unobserve: (() => void)[] = [];
  let changes: DocChanges = { records: new Map(), fields: true };
  const fields = doc.getMap<unknown>(FIELDS_NAME);
  let fieldsCache: Record<string, unknown> | undefined;
  const onFields = (event: Y.YMapEvent<unknown>) => {
    changes.fields = true;
    if (!fieldsCache) return;
    for (const key of event.keysChanged) {
      if (fields.has(key)) fieldsCache[key] = fields.get(key);
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
        marks.set(collection, ids ? new Set([...ids, ...changed]) : changed);
      }
    };
    target.observeDeep(observer);
    unobserve.push(() => target.unobserveDeep(observer));
  }

  const records = (collection: string) => {
    const target = doc.getMap<Y.Map<unknown>>(collection);
    let known = cache.get(collection);
    const changed = dirty.get(collection);
    if (!known || changed === "all") {
      known = new Map();
      target.forEach((value, id) => {
        const read = readRecord(value);
        if (read) known!.set(id, read);
      });
      cache.set(collection, known);
    } else if (changed) {
      for (const id of changed) {
        const read = readRecord(target.get(id));
        if (read) known.set(id, read);
        else known.delete(id);
      }
    }
    dirty.delete(collection);
    return known;
  };

  return {
    read() {
      if (fields.size === 0) return undefined;
      // The map's fields are rebuilt only where they changed, so `tags` or `meta` keep their identity.
      fieldsCache ??= fields.toJSON();
      const map: Record<string, unknown> = { ...fieldsCache };
      for (const collection of recordCollections()) {
        const sorted = [...records(collection)].map(([id, cached]) => ({ id, ...cached }));
        sorted.sort(compareOrder);
        map[collection] = sorted.map((entry) => entry.record);
      }
      return map as unknown as JourneyMap;
    },
    orderKeys(collection) {
      return new Map([...records(collection)].map(([id, cached]) => [id, cached.key]));
    },
    takeChanges() {
      const taken = changes;
      changes = { records: new Map(), fields: false };
      return taken;
    },
    adopt(map, collections) {
      changes = { records: new Map(), fields: false };
      for (const collection of collections) {
        const known = records(collection);
        const list = (map as unknown as Record<string, Record<string, unknown>[]>)[collection] ?? [];
        for (const record of list) {
          const cached = known.get(String(record.id));
          if (cached) cached.record = record;
        }
      }
    },
    destroy() {
      for (const stop of unobserve) stop();
    },
  };
}

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
  destroy(): void;
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
  for (const collection of recordCollections()) {
    dirty.set(collection, "all");
    const target = doc.getMap<Y.Map<unknown>>(collection);
    const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      let ids = dirty.get(collection);
      if (ids === "all") return;
      ids ??= new Set();
      for (const event of events) {
        if (event.target === target) for (const id of event.changes.keys.keys()) ids.add(id);
        else if (typeof event.path[0] === "string") ids.add(event.path[0]);
      }
      dirty.set(collection, ids);
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
      const fields = doc.getMap<unknown>(FIELDS_NAME);
      if (fields.size === 0) return undefined;
      const map: Record<string, unknown> = fields.toJSON();
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
    adopt(map, collections) {
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

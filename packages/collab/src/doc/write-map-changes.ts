import { SET_ASIDE_KEY } from "@journeykit/core";
import equal from "fast-deep-equal";
import { generateNKeysBetween } from "fractional-indexing";
import * as Y from "yjs";
import { FIELDS_NAME, isRecordCollection, ORDER_KEY, recordCollections } from "./doc-layout.js";
import type { DocReader } from "./doc-reader.js";
import { recordToYMap } from "./map-to-doc.js";
import { type DocRecord, type MergedMap, recordsOf } from "./merged-map.js";
import { reorderKeys } from "./order-keys.js";
import { textFields } from "./text-fields.js";
import { writeText } from "./write-text.js";

type Fields = DocRecord;

const NONE: ReadonlySet<string> = new Set();

/**
 * Write the fields of `next` that differ from `previous` into a Y.Map (absent or undefined: deleted);
 * `texts` are written as Y.Text changes of the characters that differ (`writeText`). A field the doc
 * lacks is written even unchanged (the doc heals), except `meta`: what a repair kept there (the values
 * it replaced) is the repair's reading of the doc, not the editor's edit.
 */
function writeFields(
  target: Y.Map<unknown>,
  previous: Fields,
  next: Fields,
  skip: ReadonlySet<string>,
  texts: ReadonlySet<string> = NONE,
) {
  for (const key of Object.keys(previous)) {
    if (!skip.has(key) && next[key] === undefined && target.has(key)) target.delete(key);
  }
  for (const [key, value] of Object.entries(next)) {
    if (skip.has(key) || value === undefined) continue;
    const changed = value !== previous[key] && !equal(value, previous[key]);
    if (!changed && (target.has(key) || key === "meta")) continue;
    if (texts.has(key) && typeof value === "string") writeText(target, key, previous[key], value);
    else target.set(key, value);
  }
}

const ORDER_ONLY: ReadonlySet<string> = new Set([ORDER_KEY]);

/** The ids of a list, in order. */
const idsOf = (records: readonly Fields[]) => records.map((record) => String(record.id));

function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** New keys for `ids` in order, from the keys records hold now (a new record holds none). */
function keysFor(ids: readonly string[], held: ReadonlyMap<string, string>, isNew: (id: string) => boolean) {
  return reorderKeys(ids, new Map(ids.map((id) => [id, isNew(id) ? undefined : held.get(id)])));
}

/**
 * The common edit, written at the cost of the change: the records kept stay in their order (none
 * moved), some changed, some added, some removed. Changed records get their changed fields, new ones
 * get keys between their kept neighbours' keys, removed ones are deleted. False, having written
 * nothing, for anything else (a move; a changed record or a neighbour the doc no longer holds; keys
 * that do not fit), which the whole comparison handles.
 */
function writeKeptOrder(
  target: Y.Map<Y.Map<unknown>>,
  reader: DocReader,
  collection: string,
  previous: readonly Fields[],
  next: readonly Fields[],
  texts: ReadonlySet<string>,
): boolean {
  const changed: [Y.Map<unknown>, Fields, Fields][] = [];
  const removed: string[] = [];
  /** Runs of new records: where each starts in `next`, and how many. */
  const runs: { at: number; count: number }[] = [];
  let i = 0;
  for (let j = 0; j < next.length; ) {
    const record = next[j]!;
    const id = String(record.id);
    const old = previous[i];
    if (old && String(old.id) === id) {
      if (old !== record) {
        const held = target.get(id);
        if (!(held instanceof Y.Map)) return false;
        changed.push([held, old, record]);
      }
      i++;
      j++;
    } else if (!(target.get(id) instanceof Y.Map)) {
      const run = runs.at(-1);
      if (run && run.at + run.count === j) run.count++;
      else runs.push({ at: j, count: 1 });
      j++;
    } else if (old) {
      removed.push(String(old.id));
      i++;
    } else return false;
  }
  for (; i < previous.length; i++) removed.push(String(previous[i]!.id));
  const keys: [number, string[]][] = [];
  for (const { at, count } of runs) {
    const lower = at > 0 ? reader.keyOf(collection, String(next[at - 1]!.id)) : null;
    const upper = at + count < next.length ? reader.keyOf(collection, String(next[at + count]!.id)) : null;
    if (lower === undefined || upper === undefined || (lower !== null && upper !== null && lower >= upper)) {
      return false;
    }
    try {
      keys.push([at, generateNKeysBetween(lower, upper, count)]);
    } catch {
      return false; // a key a modified client wrote that fractional-indexing cannot read
    }
  }
  for (const id of removed) target.delete(id);
  for (const [held, old, record] of changed) writeFields(held, old, record, ORDER_ONLY, texts);
  for (const [at, fresh] of keys) {
    fresh.forEach((key, k) => {
      const record = next[at + k]!;
      target.set(String(record.id), recordToYMap(collection, record, key));
    });
  }
  return true;
}

/** Write one collection's changes: records added, removed, changed field by field, and moved. */
function writeCollection(
  doc: Y.Doc,
  reader: DocReader,
  collection: string,
  previous: readonly Fields[],
  next: readonly Fields[],
) {
  const target = doc.getMap<Y.Map<unknown>>(collection);
  const texts = textFields(collection);
  if (writeKeptOrder(target, reader, collection, previous, next, texts)) return;
  const before = new Map(previous.map((record) => [String(record.id), record]));
  const nextIds = idsOf(next);
  const kept = new Set(nextIds);
  const isNew = (id: string) => !(target.get(id) instanceof Y.Map) || !before.has(id);
  // Keys are computed before anything is written: moved and new records get keys between kept ones.
  const keys =
    sameOrder(idsOf(previous), nextIds) && !nextIds.some(isNew)
      ? new Map<string, string>()
      : keysFor(nextIds, reader.orderKeys(collection), isNew);
  for (const id of before.keys()) if (!kept.has(id)) target.delete(id);
  next.forEach((record, i) => {
    const id = nextIds[i]!;
    const existing = target.get(id);
    const old = before.get(id);
    const key = keys.get(id);
    if (!(existing instanceof Y.Map) || !old) {
      // New here (or its Y.Map was removed by a concurrent delete): the whole record.
      target.set(id, recordToYMap(collection, record, key!));
      return;
    }
    if (old !== record) writeFields(existing, old, record, ORDER_ONLY, texts);
    if (key !== undefined) existing.set(ORDER_KEY, key);
  });
}

/**
 * The map's own fields without the records a repair set aside (`meta["journeykit.setAside"]`): the doc
 * still holds those records where they were, and every read sets them aside again; written into the doc
 * as well, they would be listed twice.
 */
function withoutSetAside(map: MergedMap): MergedMap {
  const { meta } = map;
  if (!isPlainRecord(meta) || !(SET_ASIDE_KEY in meta)) return map;
  const { [SET_ASIDE_KEY]: _setAside, ...rest } = meta;
  return { ...map, meta: rest };
}

const isPlainRecord = (value: unknown): value is DocRecord =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * Write the difference between two maps into a Y.Doc, in one transaction with `origin`: top-level fields
 * that changed, and per record only the fields that changed (so concurrent edits of other fields of the
 * same record survive; in free text only the characters that changed, so concurrent typing in the same
 * text survives too), records added and removed, and the order keys of moved records. `collections`
 * narrows the collections compared (those an edit's patches touched); all when omitted.
 */
export function writeMapChanges(
  doc: Y.Doc,
  reader: DocReader,
  previous: MergedMap,
  next: MergedMap,
  origin: unknown,
  collections: Iterable<string> = recordCollections(),
): void {
  const all = new Set<string>(recordCollections());
  doc.transact(() => {
    writeFields(doc.getMap<unknown>(FIELDS_NAME), withoutSetAside(previous), withoutSetAside(next), all);
    for (const collection of collections) {
      if (!isRecordCollection(collection) || previous[collection] === next[collection]) continue;
      writeCollection(doc, reader, collection, recordsOf(previous, collection), recordsOf(next, collection));
    }
  }, origin);
}

import { collectionsOf, type JourneyMap } from "@journeykit/core";
import { generateNKeysBetween } from "fractional-indexing";
import * as Y from "yjs";
import { FIELDS_NAME, isRecordCollection, ORDER_KEY } from "./doc-layout.js";
import type { DocRecord } from "./merged-map.js";
import { textFields } from "./text-fields.js";

/**
 * A record of `collection` as a flat Y.Map of its fields, plus its order key: free text (`textFields`)
 * as a Y.Text, so people typing into it at once both keep their text.
 */
export function recordToYMap(collection: string, record: DocRecord, order: string): Y.Map<unknown> {
  const texts = textFields(collection);
  const entries: [string, unknown][] = [];
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    entries.push([key, texts.has(key) && typeof value === "string" ? new Y.Text(value) : value]);
  }
  entries.push([ORDER_KEY, order]);
  return new Y.Map<unknown>(entries);
}

/**
 * Write a map into a Y.Doc (a new one unless given): its own fields into `doc.getMap("fields")`, each
 * collection into `doc.getMap(name)` keyed by record id, each record a flat Y.Map of its fields (free
 * text as a Y.Text) with a fractional-index `order` key. One transaction; what the doc held before is replaced.
 *
 * @example
 * const doc = mapToDoc(map);
 * doc.getMap("cards").get(card.id); // Y.Map { id, laneId, stageId, text: Y.Text, order }
 */
export function mapToDoc(map: JourneyMap, doc: Y.Doc = new Y.Doc(), origin: unknown = null): Y.Doc {
  doc.transact(() => {
    const fields = doc.getMap<unknown>(FIELDS_NAME);
    fields.clear();
    for (const [key, value] of Object.entries(map)) {
      if (!isRecordCollection(key) && value !== undefined) fields.set(key, value);
    }
    for (const { name, records } of collectionsOf(map)) {
      const target = doc.getMap<Y.Map<unknown>>(name);
      target.clear();
      const keys = generateNKeysBetween(null, null, records.length);
      records.forEach((record: DocRecord, i) => {
        target.set(String(record.id), recordToYMap(name, record, keys[i]!));
      });
    }
  }, origin);
  return doc;
}

import { RECORD_COLLECTION_NAMES, type RecordCollection } from "@journeykit/core";

/**
 * The key, in each record's Y.Map only, holding its fractional-index position (never in the JSON map).
 *
 * @example
 * doc.getMap("stages").get(stage.id).get(ORDER_KEY); // "a1"
 */
export const ORDER_KEY = "order";

/**
 * The Y.Map holding the map's own fields (title, state, tags, ...): `doc.getMap("fields")`.
 *
 * @example
 * doc.getMap(FIELDS_NAME).get("title"); // "Checkout"
 */
export const FIELDS_NAME = "fields";

/**
 * The document's record collections, in document order: core's registry (`RECORD_COLLECTION_NAMES`),
 * so new collections of a newer format come along with core. In the Y.Doc each is
 * `doc.getMap(name)`, keyed by record id.
 *
 * @example
 * recordCollections(); // ["personas", "stages", "lanes", "touchpoints", "cards", ...]
 */
export function recordCollections(): readonly RecordCollection[] {
  return RECORD_COLLECTION_NAMES;
}

/**
 * Whether `name` is one of the document's record collections (a key of the map that is not one of its
 * own fields).
 *
 * @example
 * isRecordCollection("cards"); // true
 * isRecordCollection("title"); // false
 */
export function isRecordCollection(name: string): name is RecordCollection {
  return (RECORD_COLLECTION_NAMES as readonly string[]).includes(name);
}

import { collectionEntry } from "@journeykit/core";
import { isRecordCollection } from "./doc-layout.js";

const found = new Map<string, ReadonlySet<string>>();
const NONE: ReadonlySet<string> = new Set();

/**
 * The fields of a collection's records that the Y.Doc holds as a `Y.Text`: the free text people type,
 * as core's registry names it (`collectionEntry(name).texts`), so two people typing into the same
 * field at once both keep what they typed. Every other field is a plain value: the last writer wins.
 * Nothing for a name that is not a collection.
 *
 * @example
 * textFields("cards"); // Set { "text" }
 * textFields("stages"); // Set { "name", "description" }
 */
export function textFields(collection: string): ReadonlySet<string> {
  if (!isRecordCollection(collection)) return NONE;
  let fields = found.get(collection);
  if (!fields) {
    fields = new Set<string>(collectionEntry(collection).texts);
    found.set(collection, fields);
  }
  return fields;
}

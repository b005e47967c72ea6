import {
  collectionEntry,
  RECORD_COLLECTION_NAMES,
  type RecordCollection,
  SET_ASIDE_KEY,
} from "@journeykit/core";
import type { SetAsideSummary } from "./repair-report";

const isCollection = (name: unknown): name is RecordCollection =>
  typeof name === "string" && (RECORD_COLLECTION_NAMES as readonly string[]).includes(name);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The records a repair set aside in `map.meta["journeykit.setAside"]`, each with the text people wrote
 * in it (the free-text fields core names for its collection) and why it was set aside. Reads loosely:
 * an entry of another shape is listed with what can be read of it, never hidden.
 *
 * @example
 * setAsideRecords(map); // [{ collection: "cards", texts: ["Long wait"], reason: "its stage s9 does not exist" }]
 */
export function setAsideRecords(map: {
  meta?: Readonly<Record<string, unknown>> | undefined;
}): SetAsideSummary[] {
  const kept = map.meta?.[SET_ASIDE_KEY];
  if (!Array.isArray(kept)) return [];
  return (kept as unknown[]).filter(isObject).map((entry) => {
    const record = isObject(entry.record) ? entry.record : {};
    // A list this app does not know: every string that is not an id could be someone's text.
    const fields: readonly string[] = isCollection(entry.collection)
      ? collectionEntry(entry.collection).texts
      : Object.keys(record).filter((field) => !/(^id|Id|Ids)$/.test(field));
    const texts = fields
      .map((field) => record[field])
      .filter((text): text is string => typeof text === "string" && text.trim() !== "");
    return {
      collection: typeof entry.collection === "string" ? entry.collection : "",
      texts,
      reason: typeof entry.reason === "string" ? entry.reason : "",
    };
  });
}

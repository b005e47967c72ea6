import { migrateJourneyMap } from "../migrations/migrate-journey-map.js";
import { readJsonText } from "../parse/read-json-text.js";
import { sanitizeJson } from "../parse/sanitize-json.js";
import { CURRENT_VERSION, FORMAT } from "../records/journey-map.js";
import { MapRepairError } from "./map-repair-error.js";
import { isPlainObject, type PlainObject } from "./plain-object.js";

/**
 * A document to repair, as a fresh plain-JSON object at the current version: JSON text is read as every
 * journeykit reader reads it, any value is copied by `sanitizeJson` (the input is never changed), and
 * an older version is migrated. Throws a `MapRepairError` when nothing can be saved: not JSON, not an
 * object, not a journeykit map (`format`), a version newer than this build reads, beyond the limits.
 *
 * @example
 * const doc = readDocument('{"format":"journeykit/map","version":1,…}'); // version 3 now
 */
export function readDocument(input: unknown): PlainObject {
  let value = input;
  if (typeof input === "string") {
    const read = readJsonText(input);
    if (!read.ok) throw new MapRepairError(read.errors);
    value = read.value;
  }
  const sanitized = sanitizeJson(value);
  if (!sanitized.ok) throw new MapRepairError(sanitized.errors);
  const doc = sanitized.value;
  if (!isPlainObject(doc))
    throw new MapRepairError([{ path: "", message: "expected a journeykit map object" }]);
  if (doc.format !== FORMAT) {
    const got = JSON.stringify(doc.format) ?? "nothing";
    throw new MapRepairError([
      { path: "format", message: `expected "${FORMAT}", got ${got}: not a journeykit map` },
    ]);
  }
  if (doc.version === CURRENT_VERSION) return doc;
  const migrated = migrateJourneyMap(doc);
  if (!migrated.ok) throw new MapRepairError(migrated.errors);
  return migrated.doc as PlainObject;
}

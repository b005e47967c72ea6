import { journeyMapSchema } from "../records/journey-map.js";
import { RECORD_COLLECTION_NAMES, type RecordCollection } from "../records/record-collections.js";
import { idSchema } from "../schema-primitives.js";
import { MAP_DEFAULTS } from "./field-defaults.js";
import { idAllocator } from "./id-allocator.js";
import { keepInMeta } from "./keep-in-meta.js";
import { isPlainObject, type PlainObject } from "./plain-object.js";
import { quoted, shown } from "./record-label.js";
import { repairField } from "./repair-field.js";
import type { RepairLog } from "./repair-log.js";
import { setAside } from "./set-aside.js";

const LABEL = "the map";
/** Fields `readDocument` has made sure of, or repaired on their own here. */
const OWN_RULES = new Set<string>(["format", "version", "id", "meta", ...RECORD_COLLECTION_NAMES]);

/** The map's `meta` made an object (one that is not is kept inside the new one). */
function repairMeta(doc: PlainObject, log: RepairLog): void {
  const old = doc.meta;
  if (old === undefined || isPlainObject(old)) return;
  delete doc.meta;
  keepInMeta(doc, "meta", old);
  log.atMap(
    "meta",
    "replaced value",
    `${LABEL}: meta ${shown(old)} is not an object; it is kept in the new meta's ["journeykit.repaired"]`,
  );
}

/** The map's id made a valid one (`map`, or `map-2` when a record has that id). */
function repairId(doc: PlainObject, log: RepairLog): void {
  const old = doc.id;
  if (idSchema.safeParse(old).success) return;
  const id = idAllocator(doc).take("map", typeof old === "number" ? String(old) : undefined);
  doc.id = id;
  if (old === undefined) {
    log.atMap("id", "gave new id", `${LABEL} had no id; it now has the id ${quoted(id)}`);
    return;
  }
  keepInMeta(doc, "id", old);
  log.atMap(
    "id",
    "gave new id",
    `${LABEL} had the id ${shown(old)}, which is not a valid id (kept in its meta); it now has the id ${quoted(id)}`,
  );
}

/** Every record list made a list: a missing one empty, a value that is not a list set aside whole. */
function repairLists(doc: PlainObject, log: RepairLog): void {
  for (const name of RECORD_COLLECTION_NAMES) {
    const value = doc[name];
    if (Array.isArray(value)) continue;
    doc[name] = [];
    if (value === undefined) {
      log.atMap(name, "filled missing field", `${LABEL} had no ${name} list; it now has an empty one`);
      continue;
    }
    const reason = `the map's ${name} was ${shown(value)}, not a list`;
    setAside(doc, { collection: name as RecordCollection, record: value, reason });
    log.atMap(
      name,
      "set aside record",
      `${reason}: set aside whole in the map's meta["journeykit.setAside"], the list is empty now`,
    );
  }
}

/**
 * Repair the map's own fields in place: its `meta` (first, as it keeps what other repairs put aside),
 * its id, its record lists, and every other field of the format (title, state, dates, description,
 * locale, tags) by `repairField`, with the map's defaults ("Untitled journey", "current", the other
 * timestamp). Cheap when they are fine: run before every round.
 *
 * @example
 * repairTopLevel(doc, log); // doc.title === "Untitled journey" when it had none
 */
export function repairTopLevel(doc: PlainObject, log: RepairLog): void {
  repairMeta(doc, log);
  repairId(doc, log);
  repairLists(doc, log);
  const shape: Readonly<Record<string, { safeParse(value: unknown): { success: boolean } }>> =
    journeyMapSchema.shape;
  for (const [field, schema] of Object.entries(shape)) {
    if (OWN_RULES.has(field)) continue;
    const fallback = MAP_DEFAULTS[field];
    const outcome = repairField({
      owner: doc,
      field,
      accepts: (value) => schema.safeParse(value).success,
      fallback: fallback && (() => fallback(doc)),
      label: LABEL,
    });
    if (outcome && !("setAside" in outcome)) log.atMap(field, outcome.action, outcome.message);
  }
}

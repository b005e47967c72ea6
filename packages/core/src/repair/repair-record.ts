import {
  collectionEntry,
  type RecordCollection,
  type ReferenceField,
} from "../records/record-collections.js";
import { idSchema } from "../schema-primitives.js";
import { RECORD_DEFAULTS } from "./field-defaults.js";
import type { IdAllocator } from "./id-allocator.js";
import { keepInMeta } from "./keep-in-meta.js";
import { isPlainObject, type PlainObject } from "./plain-object.js";
import { recordAccepts } from "./record-accepts.js";
import { quoted, RECORD_KINDS, recordLabel, shown } from "./record-label.js";
import { repairField } from "./repair-field.js";
import type { RepairLog } from "./repair-log.js";

/** What one round knows of the document: ids to give, where touchpoints are, the log. */
export interface RoundContext {
  /** The document being repaired (a fallback may read it: a source's missing import date). */
  doc: PlainObject;
  ids: IdAllocator;
  /** Touchpoint id → its stage id, to say why a touchpoint reference was cleared. */
  touchpointStages: ReadonlyMap<unknown, unknown>;
  log: RepairLog;
}

/** The problems found at one record: the fields named (in order), and the list items named per field. */
export interface RecordDamage {
  fields: string[];
  items: Map<string, Set<number>>;
  /** A problem with the record as a whole (it is not an object). */
  whole: boolean;
}

const isId = (value: unknown): value is string => idSchema.safeParse(value).success;

/** Why a record whose required reference is unusable cannot stay in its list. */
function referenceReason(ref: ReferenceField, value: unknown): string {
  const noun = RECORD_KINDS[ref.to].noun;
  if (value === undefined) return `it has no ${noun}`;
  if (!isId(value)) return `its ${ref.field} ${shown(value)} is not an id`;
  return `its ${noun} ${quoted(value)} does not exist`;
}

/** Give a record whose id is taken, unusable or missing a new one (the first user of an id keeps it). */
function giveNewId(
  collection: RecordCollection,
  index: number,
  record: PlainObject,
  label: string,
  context: RoundContext,
): void {
  const old = record.id;
  const base = typeof old === "string" && old !== "" ? old : RECORD_KINDS[collection].idPrefix;
  const id = context.ids.take(base, typeof old === "number" ? String(old) : undefined);
  record.id = id;
  const site = { collection, index, field: "id" };
  if (isId(old)) {
    context.log.atRecord(
      site,
      "gave new id",
      `${label}: its id ${quoted(old)} is used by an earlier record; it now has the id ${quoted(id)}`,
    );
    return;
  }
  if (old !== undefined) keepInMeta(record, "id", old);
  const was =
    old === undefined ? "had no id" : `had the id ${shown(old)}, which is not a valid id (kept in its meta)`;
  context.log.atRecord(site, "gave new id", `${label} ${was}; it now has the id ${quoted(id)}`);
}

/** Clear an optional reference (or take the named items out of a list of them). */
function clearReference(
  collection: RecordCollection,
  index: number,
  record: PlainObject,
  ref: ReferenceField,
  items: ReadonlySet<number> | undefined,
  label: string,
  context: RoundContext,
): void {
  const value = record[ref.field];
  const noun = RECORD_KINDS[ref.to].noun;
  if (ref.many && Array.isArray(value) && items && items.size > 0) {
    record[ref.field] = value.filter((_, i) => !items.has(i));
    if (value.some((id, i) => items.has(i) && !isId(id))) keepInMeta(record, ref.field, value);
    for (const item of [...items].sort((a, b) => a - b)) {
      const id = value[item];
      const why = isId(id) ? `${noun} ${quoted(id)} does not exist` : `${shown(id)} is not an id`;
      context.log.atRecord(
        { collection, index, field: ref.field, item },
        "cleared reference",
        `${label}: ${why}; taken out of its ${ref.field}`,
      );
    }
    return;
  }
  delete record[ref.field];
  let why: string;
  if (!isId(value)) {
    keepInMeta(record, ref.field, value);
    why = `its ${ref.field} ${shown(value)} is not an id (kept in its meta)`;
  } else if (ref.withinStage && context.touchpointStages.has(value)) {
    why = `its touchpoint ${quoted(value)} is in stage ${shown(context.touchpointStages.get(value))}, not in its own stage ${shown(record.stageId)}`;
  } else why = `its ${noun} ${quoted(value)} does not exist`;
  context.log.atRecord(
    { collection, index, field: ref.field },
    "cleared reference",
    `${label}: ${why}; the reference was cleared`,
  );
}

/**
 * Repair one record in place for the problems found at it, or say why it must be set aside: a record
 * that is not an object, or whose required reference (a card's stage or lane) is missing or dangling.
 * Otherwise an id taken or unusable gets a new one, an optional reference that names nothing is
 * cleared, and every other field named is made acceptable by `repairField`.
 *
 * @example
 * repairRecord("cards", 3, card, { fields: ["personaId"], items: new Map(), whole: false }, context); // undefined: repaired
 */
export function repairRecord(
  collection: RecordCollection,
  index: number,
  record: unknown,
  damage: RecordDamage,
  context: RoundContext,
): string | undefined {
  if (!isPlainObject(record)) return `it is not a record (${shown(record)})`;
  if (damage.whole) return "it is not a valid record";
  const entry = collectionEntry(collection);
  const label = recordLabel(collection, context.log.originOf(collection, index), record);
  const references = new Map<string, ReferenceField>(entry.references.map((ref) => [ref.field, ref]));
  for (const field of damage.fields) {
    const ref = references.get(field);
    if (ref?.required) return referenceReason(ref, record[field]);
  }
  for (const field of damage.fields) {
    const ref = references.get(field);
    if (field === "id") giveNewId(collection, index, record, label, context);
    else if (ref) clearReference(collection, index, record, ref, damage.items.get(field), label, context);
    else {
      const defaults: Readonly<Record<string, ((doc: PlainObject) => unknown) | undefined>> =
        RECORD_DEFAULTS[collection];
      const fallback = defaults[field];
      const outcome = repairField({
        owner: record,
        field,
        accepts: recordAccepts(entry.schema, record, field),
        fallback: fallback && (() => fallback(context.doc)),
        label,
      });
      if (outcome && "setAside" in outcome) return outcome.setAside;
      if (outcome) context.log.atRecord({ collection, index, field }, outcome.action, outcome.message);
    }
  }
  return undefined;
}

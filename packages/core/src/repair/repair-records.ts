import type { Issue } from "../parse/issue.js";
import { RECORD_COLLECTION_NAMES, type RecordCollection } from "../records/record-collections.js";
import { idAllocator } from "./id-allocator.js";
import { isPlainObject, type PlainObject } from "./plain-object.js";
import type { RepairLog } from "./repair-log.js";
import { type RecordDamage, type RoundContext, repairRecord } from "./repair-record.js";
import { setAsideRecords } from "./set-aside-records.js";

/** The problems of one round, by list and record index (problems that name no record are left out). */
function damageByRecord(issues: readonly Issue[]): Map<RecordCollection, Map<number, RecordDamage>> {
  const found = new Map<RecordCollection, Map<number, RecordDamage>>();
  for (const { at } of issues) {
    if (!at) continue;
    const records = found.get(at.collection) ?? new Map<number, RecordDamage>();
    found.set(at.collection, records);
    const damage: RecordDamage = records.get(at.index) ?? { fields: [], items: new Map(), whole: false };
    records.set(at.index, damage);
    if (at.field === undefined) {
      damage.whole = true;
      continue;
    }
    if (!damage.fields.includes(at.field)) damage.fields.push(at.field);
    if (at.item === undefined) continue;
    const items = damage.items.get(at.field) ?? new Set<number>();
    items.add(at.item);
    damage.items.set(at.field, items);
  }
  return found;
}

/** Touchpoint id → stage id, as the document has them now. */
function touchpointStages(doc: PlainObject): Map<unknown, unknown> {
  const list = Array.isArray(doc.touchpoints) ? doc.touchpoints : [];
  return new Map(list.filter(isPlainObject).map((t) => [t.id, t.stageId]));
}

/**
 * One round of record repairs for the problems validation found (each with its `at`), list by list in
 * document order, records in order: each record is repaired in place or set aside whole. A linear pass.
 *
 * @example
 * repairRecords(doc, validateJourneyMap(doc, { maxErrors: Infinity }).errors, log);
 */
export function repairRecords(doc: PlainObject, issues: readonly Issue[], log: RepairLog): void {
  const damage = damageByRecord(issues);
  const context: RoundContext = { doc, ids: idAllocator(doc), touchpointStages: touchpointStages(doc), log };
  for (const collection of RECORD_COLLECTION_NAMES) {
    const records = damage.get(collection);
    const list = doc[collection];
    if (!records || !Array.isArray(list)) continue;
    const reasons = new Map<number, string>();
    for (const [index, found] of [...records].sort(([a], [b]) => a - b)) {
      if (index >= list.length) continue;
      const reason = repairRecord(collection, index, list[index], found, context);
      if (reason !== undefined) reasons.set(index, reason);
    }
    setAsideRecords(doc, collection, reasons, log);
  }
}

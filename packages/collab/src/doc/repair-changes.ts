import {
  type JourneyMap,
  RECORD_COLLECTIONS,
  type RecordCollection,
  validateJourneyMap,
} from "@journeykit/core";
import { isRecordCollection, recordCollections } from "./doc-layout.js";
import type { DocChanges } from "./doc-reader.js";
import { type DocRecord, type MergedMap, recordsOf } from "./merged-map.js";
import { isWholeRecord, type RepairDamage, type RepairedMap, repairMerged } from "./repair-merged.js";

/** Collections whose records must be unique by more than their id (core's emotion-duplicate check). */
const CHECKED_AS_A_WHOLE = new Set<string>(["emotions"]);

let referenced: ReadonlySet<string> | undefined;

/**
 * Collections other records point at (a card's `stageId` names `stages`): every reference's target in
 * core's registry.
 *
 * @example
 * referencedCollections().has("stages"); // true
 * referencedCollections().has("cards"); // false
 */
export function referencedCollections(): ReadonlySet<string> {
  referenced ??= new Set(
    RECORD_COLLECTIONS.flatMap((entry) => entry.references.map((reference) => reference.to)),
  );
  return referenced;
}

/** What was shown before this read, and what it was made from. */
export interface EarlierRead {
  /** The map shown (valid): the previous repair's, or the editor's own edit. */
  shown: JourneyMap;
  /** The doc's map as merged that `shown` was made from (the previous read's, or read after the edit). */
  merged: MergedMap;
  /** What the last whole repair left different from the doc (carried over reads that repaired nothing). */
  damage: RepairDamage;
  /** The record with this id as read now (undefined when the doc holds none). */
  record(collection: string, id: string): DocRecord | undefined;
}

/** The records a read must check, and the list it shows, for one collection. */
interface ListUpdate {
  list: readonly DocRecord[];
  check: readonly DocRecord[];
}

/** Whether the changes can be checked record by record: nothing another record points at changed, no record a repair touched. */
function changesAreLocal(changes: DocChanges, earlier: EarlierRead): boolean {
  for (const [collection, ids] of changes.records) {
    if (ids === "all" || !isRecordCollection(collection)) return false;
    if (ids.size === 0) continue;
    const damaged = earlier.damage.get(collection);
    if (referencedCollections().has(collection) || damaged === "all") return false;
    for (const id of ids) {
      if (damaged?.has(id)) return false;
      const record = earlier.record(collection, id);
      if (record && String(record.id) !== id) return false;
    }
  }
  return true;
}

/**
 * The map's own fields for this read: the doc's, but where the shown map's differ from what it was made
 * from (a field the repair filled), the shown one, as long as the doc's did not change since. Undefined
 * when one did (the whole repair decides).
 */
function fieldsOf(merged: MergedMap, earlier: EarlierRead): Record<string, unknown> | undefined {
  const shown: MergedMap = earlier.shown;
  const fields: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(merged), ...Object.keys(shown)])) {
    if (isRecordCollection(key)) continue;
    if (shown[key] !== earlier.merged[key] && merged[key] !== earlier.merged[key]) return undefined;
    const value = shown[key] !== earlier.merged[key] ? shown[key] : merged[key];
    if (value !== undefined) fields[key] = value;
  }
  return fields;
}

/** One collection's list for this read, and the records of it that must be checked. */
function listUpdate(
  collection: RecordCollection,
  merged: MergedMap,
  changes: DocChanges,
  earlier: EarlierRead,
): ListUpdate {
  const ids = changes.records.get(collection);
  const shownList = recordsOf(earlier.shown, collection);
  const whole = referencedCollections().has(collection) || CHECKED_AS_A_WHOLE.has(collection);
  if (ids === undefined || ids === "all" || ids.size === 0)
    return { list: shownList, check: whole ? shownList : [] };
  if (earlier.merged[collection] === shownList) {
    // Shown as the doc held it: the doc's list now is the new one, changed records and all.
    const list = recordsOf(merged, collection);
    const changed = [...ids].flatMap((id) => {
      const record = earlier.record(collection, id);
      return record ? [record] : [];
    });
    return { list, check: whole ? list : changed };
  }
  const kept = new Map(shownList.map((record) => [String(record.id), record]));
  const list = recordsOf(merged, collection).flatMap((record) => {
    const id = String(record.id);
    const shown = ids.has(id) ? record : kept.get(id);
    return shown ? [shown] : [];
  });
  return { list, check: whole ? list : list.filter((record) => ids.has(String(record.id))) };
}

/**
 * `repairMerged` for a doc whose previous state was shown (`earlier`): when only records nothing
 * points at changed (cards, emotions, moments, metrics...), none of them one the last repair touched,
 * the new map is the shown one with those records replaced, and core's validation runs on them with
 * the collections they may point at, not on the whole map (a card edit on a 10,000-card map checks one
 * card): the cost follows the change. Records the last repair set aside stay out, records it repaired
 * stay repaired, unchanged records keep their identity. Anything else (a stage, lane or persona
 * changed, nothing shown yet, a changed record that fails a check) runs the whole `repairMerged`, which
 * gives the same map: every client shows the same map for the same doc. `repairs` lists what this read
 * repaired (none when only valid records changed).
 *
 * @example
 * const { map } = repairChanges(reader.read()!, reader.takeChanges(), earlier);
 */
export function repairChanges(merged: MergedMap, changes: DocChanges, earlier?: EarlierRead): RepairedMap {
  if (!earlier || !changesAreLocal(changes, earlier)) return repairMerged(merged);
  const fields = fieldsOf(merged, earlier);
  if (!fields) return repairMerged(merged);
  const built: Record<string, unknown> = { ...fields };
  const reduced: Record<string, unknown> = { ...fields };
  for (const collection of recordCollections()) {
    const { list, check } = listUpdate(collection, merged, changes, earlier);
    built[collection] = list;
    reduced[collection] = check;
  }
  const result = validateJourneyMap(reduced);
  if (!result.ok || result.warnings.some(isWholeRecord)) return repairMerged(merged);
  // Valid by construction: the shown (valid) map with changed records that pass core's checks.
  return { map: built as JourneyMap, repairs: [], damage: earlier.damage };
}

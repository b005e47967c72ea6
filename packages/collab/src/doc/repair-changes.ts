import { type Issue, type JourneyMap, RECORD_COLLECTIONS, validateJourneyMap } from "@journeykit/core";
import { recordCollections } from "./doc-layout.js";
import type { DocChanges } from "./doc-reader.js";
import { type DocRecord, type MergedMap, recordsOf } from "./merged-map.js";
import { type Repair, repairMap } from "./repair-map.js";

/** Collections whose records must be unique by more than their id (core's emotion-duplicate check). */
const CHECKED_AS_A_WHOLE = new Set(["emotions"]);

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

/** A warning about a whole record (a second emotion score for the same persona and stage). */
const isWholeRecord = (issue: Issue) => issue.at !== undefined && issue.at.field === undefined;

/** What a read knew before it: the doc's map as the previous read gave it, and the records read now. */
export interface EarlierRead {
  /** The previous read's merged map (the one `previous` was repaired from, or adopted as). */
  merged: MergedMap | undefined;
  /** The record with this id as read now (undefined when the doc holds none). */
  record(collection: string, id: string): DocRecord | undefined;
}

/**
 * `repairMap` for a doc whose previous state was shown as `previous` (its repaired map): when only
 * records nothing points at changed (cards, emotions, moments, metrics...), the new map is `previous`
 * with those records replaced, and core's validation runs on them with the collections they may point
 * at, not on the whole map (a card edit on a 5,000-card map checks one card). Records the previous
 * repair left out stay out, and unchanged records keep their identity. Anything else (a stage, lane or
 * persona changed, no previous map, a changed record that fails) runs the whole `repairMap`, which gives
 * the same result: every client shows the same map for the same doc.
 *
 * With `earlier` (the reader's previous map and its records by id), a collection the previous repair
 * left as the doc held it is taken from `merged` as it is, and its changed records are found by id:
 * the cost follows the change, not the map (a card edit on a 10,000-card map touches one card).
 */
export function repairChanges(
  merged: MergedMap,
  changes: DocChanges,
  previous: JourneyMap | undefined,
  earlier?: EarlierRead,
): { map: JourneyMap; repairs: Repair[] } {
  const referenced = referencedCollections();
  if (!previous) return repairMap(merged);
  for (const [collection, ids] of changes.records) {
    if (ids === "all" || (referenced.has(collection) && ids.size > 0)) return repairMap(merged);
  }
  const built: Record<string, unknown> = { ...merged };
  const reduced: Record<string, unknown> = { ...merged };
  for (const collection of recordCollections()) {
    const ids = changes.records.get(collection);
    const shownList = recordsOf(previous, collection);
    const whole = referenced.has(collection) || CHECKED_AS_A_WHOLE.has(collection);
    if (ids === undefined || ids === "all" || ids.size === 0) {
      built[collection] = shownList;
      reduced[collection] = whole ? shownList : [];
      continue;
    }
    if (earlier && earlier.merged?.[collection] === shownList) {
      // Shown as the doc held it: the doc's list now is the new one, changed records and all.
      const list = recordsOf(merged, collection);
      built[collection] = list;
      reduced[collection] = whole
        ? list
        : [...ids].flatMap((id) => {
            const record = earlier.record(collection, id);
            return record ? [record] : [];
          });
      continue;
    }
    const kept = new Map(shownList.map((record) => [record.id, record]));
    const list = recordsOf(merged, collection).flatMap((record) => {
      if (ids.has(String(record.id))) return [record];
      const shownRecord = kept.get(record.id);
      return shownRecord ? [shownRecord] : [];
    });
    built[collection] = list;
    reduced[collection] = whole ? list : list.filter((record) => ids.has(String(record.id)));
  }
  const result = validateJourneyMap(reduced);
  if (result.ok && !result.warnings.some(isWholeRecord)) {
    // Valid by construction: the previous repaired map with changed records that pass core's checks.
    return { map: built as JourneyMap, repairs: [] };
  }
  return repairMap(merged);
}

import {
  type Issue,
  type JourneyMap,
  RECORD_COLLECTION_NAMES,
  type RecordCollection,
  type Repair,
  repairJourneyMap,
  validateJourneyMap,
} from "@journeykit/core";
import equal from "fast-deep-equal";
import { type DocRecord, type MergedMap, recordsOf } from "./merged-map.js";

/**
 * What a repair of a merged map left different from the doc, by collection: the ids of the records it
 * set aside or changed, or "all" where it gave a record a new id (ids no longer name one record each).
 */
export type RepairDamage = ReadonlyMap<RecordCollection, ReadonlySet<string> | "all">;

/** A merged map made valid: the map to show, what core's repair did, and where (`RepairDamage`). */
export interface RepairedMap {
  map: JourneyMap;
  repairs: Repair[];
  damage: RepairDamage;
}

const NO_DAMAGE: RepairDamage = new Map();

/** A warning about a whole record: a second emotion score for the same persona and stage. */
export const isWholeRecord = (issue: Issue): boolean =>
  issue.at !== undefined && issue.at.field === undefined;

/** Whether a merged map is valid as it is, with nothing core's repair would set aside. */
function isSound(map: MergedMap): map is JourneyMap {
  const result = validateJourneyMap(map);
  return result.ok && !result.warnings.some(isWholeRecord);
}

/** The records (by id) each repair names, read in the merged map its `at` indexes. */
function damageOf(repairs: readonly Repair[], merged: MergedMap): RepairDamage {
  const damage = new Map<RecordCollection, Set<string> | "all">();
  for (const { at, action } of repairs) {
    if (!at) continue;
    const ids = damage.get(at.collection) ?? new Set<string>();
    const id = recordsOf(merged, at.collection)[at.index]?.id;
    if (ids === "all" || action === "gave new id") damage.set(at.collection, "all");
    else damage.set(at.collection, ids.add(String(id)));
  }
  return damage;
}

/** `repaired`'s list, with each record equal to `merged`'s of the same id the merged one (the list too). */
function sameRecords(repaired: readonly DocRecord[], merged: readonly DocRecord[]): readonly DocRecord[] {
  const byId = new Map(merged.map((record) => [record.id, record]));
  const list = repaired.map((record) => {
    const old = byId.get(record.id);
    return old !== undefined && equal(old, record) ? old : record;
  });
  return list.length === merged.length && list.every((record, i) => record === merged[i]) ? merged : list;
}

/**
 * `repaired` (a copy core's repair made) with every field, list and record that equals the merged
 * map's the merged map's own object, so what the repair did not touch keeps its identity (patches and
 * memoised views follow the change, not the map).
 */
function keepIdentity(repaired: JourneyMap, merged: MergedMap): JourneyMap {
  const kept: Record<string, unknown> = { ...repaired };
  for (const [key, value] of Object.entries(kept)) {
    if (value !== merged[key] && equal(value, merged[key])) kept[key] = merged[key];
  }
  for (const name of RECORD_COLLECTION_NAMES) {
    kept[name] = sameRecords(recordsOf(repaired, name), recordsOf(merged, name));
  }
  // Every value is the repaired map's own or deeply equal to it.
  return kept as JourneyMap;
}

/**
 * Make a merged map valid with core's `repairJourneyMap`, deterministically (every client holding the
 * same doc shows the same map): after concurrent edits a card may name a stage another client removed
 * (it is set aside in the map's `meta["journeykit.setAside"]`), or two clients may each have scored the
 * same persona at the same stage. A map that is valid as it is comes back itself (`repairs: []`);
 * otherwise what the repair did not change keeps the merged map's objects.
 *
 * @example
 * const { map, repairs } = repairMerged(reader.read()!);
 */
export function repairMerged(merged: MergedMap): RepairedMap {
  if (isSound(merged)) return { map: merged, repairs: [], damage: NO_DAMAGE };
  const { map, repairs } = repairJourneyMap(merged);
  return { map: keepIdentity(map, merged), repairs, damage: damageOf(repairs, merged) };
}

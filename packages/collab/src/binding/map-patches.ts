import type { JourneyMap, RecordCollection } from "@journeykit/core";
import { isRecordCollection } from "../doc/doc-layout.js";
import { type MergedMap, recordsOf } from "../doc/merged-map.js";
import type { MapPatch } from "./collaboration-adapter.js";

/**
 * Patches from one map to another that shares unchanged records with it (by identity): a replaced
 * record where a list kept its ids in order, the whole list where records came, went or moved, and
 * each top-level field that changed.
 *
 * `changedAt`, when it knows, names the only positions at which a collection's lists differ (they are
 * as long as each other and hold the same records everywhere else), so the lists are not compared
 * record by record: the cost follows the change, not the map.
 *
 * @example
 * const patches = mapPatches(before, after); // [{ op: "replace", path: ["cards", 3], value: {...} }]
 * applyPatches(before, patches); // equals `after` (immer)
 */
export function mapPatches(
  previous: JourneyMap,
  next: JourneyMap,
  changedAt?: (collection: RecordCollection) => readonly number[] | undefined,
): MapPatch[] {
  const prev: MergedMap = previous;
  const nxt: MergedMap = next;
  const patches: MapPatch[] = [];
  for (const key of new Set([...Object.keys(previous), ...Object.keys(next)])) {
    const before = prev[key];
    const after = nxt[key];
    if (before === after) continue;
    if (isRecordCollection(key)) patches.push(...listPatches(prev, nxt, key, changedAt?.(key)));
    else if (after === undefined) patches.push({ op: "remove", path: [key] });
    else patches.push({ op: before === undefined ? "add" : "replace", path: [key], value: after });
  }
  return patches;
}

/**
 * Patches of one collection's list: the records at `known` positions when they are known, else each
 * replaced record when the ids are in the same order, else the whole list.
 */
function listPatches(
  previous: MergedMap,
  next: MergedMap,
  collection: RecordCollection,
  known: readonly number[] | undefined,
): MapPatch[] {
  const a = recordsOf(previous, collection);
  const b = recordsOf(next, collection);
  const patches: MapPatch[] = [];
  if (known) {
    for (const i of [...known].sort((x, y) => x - y)) {
      if (a[i] !== b[i]) patches.push({ op: "replace", path: [collection, i], value: b[i] });
    }
    return patches;
  }
  if (a.length !== b.length || a.some((record, i) => record.id !== b[i]!.id)) {
    return [{ op: "replace", path: [collection], value: next[collection] }];
  }
  b.forEach((record, i) => {
    if (record !== a[i]) patches.push({ op: "replace", path: [collection, i], value: record });
  });
  return patches;
}

import type { JourneyMap } from "@journeykit/core";
import { recordCollections } from "../doc/doc-layout.js";
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
  changedAt?: (collection: string) => readonly number[] | undefined,
): MapPatch[] {
  const collections = new Set<string>(recordCollections());
  const prev = previous as unknown as Record<string, unknown>;
  const nxt = next as unknown as Record<string, unknown>;
  const patches: MapPatch[] = [];
  for (const key of new Set([...Object.keys(prev), ...Object.keys(nxt)])) {
    const before = prev[key];
    const after = nxt[key];
    if (before === after) continue;
    if (!collections.has(key)) {
      if (after === undefined) patches.push({ op: "remove", path: [key] });
      else patches.push({ op: before === undefined ? "add" : "replace", path: [key], value: after });
      continue;
    }
    const a = (before ?? []) as readonly { id?: unknown }[];
    const b = (after ?? []) as readonly { id?: unknown }[];
    const known = changedAt?.(key);
    if (known) {
      for (const i of [...known].sort((x, y) => x - y)) {
        if (a[i] !== b[i]) patches.push({ op: "replace", path: [key, i], value: b[i] });
      }
      continue;
    }
    if (a.length !== b.length || a.some((record, i) => record.id !== b[i]!.id)) {
      patches.push({ op: "replace", path: [key], value: after });
      continue;
    }
    b.forEach((record, i) => {
      if (record !== a[i]) patches.push({ op: "replace", path: [key, i], value: record });
    });
  }
  return patches;
}

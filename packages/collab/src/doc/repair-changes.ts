import { type JourneyMap, journeyMapSchema, validateJourneyMap } from "@journeykit/core";
import { recordCollections } from "./doc-layout.js";
import type { DocChanges } from "./doc-reader.js";
import { type Repair, repairMap, WHOLE_RECORD } from "./repair-map.js";

interface SchemaNode {
  _zod: { def: { element?: SchemaNode; shape?: Record<string, unknown> } };
}

/** Collections whose records must be unique by more than their id (core's emotion-duplicate check). */
const CHECKED_AS_A_WHOLE = new Set(["emotions"]);

/**
 * Collections other records point at: a field `stageId` or `personaIds` of any record kind names
 * `stages` or `personas`. Read from core's schema, like the collections themselves.
 */
export const referencedCollections: () => ReadonlySet<string> = (() => {
  let found: Set<string> | undefined;
  return () => {
    if (found) return found;
    const collections = new Set(recordCollections());
    found = new Set();
    for (const collection of collections) {
      const list = (journeyMapSchema.shape as Record<string, unknown>)[collection] as SchemaNode;
      for (const field of Object.keys(list._zod.def.element?._zod.def.shape ?? {})) {
        const kind = /^(\w+?)Ids?$/.exec(field)?.[1];
        if (kind && collections.has(`${kind}s`)) found.add(`${kind}s`);
      }
    }
    return found;
  };
})();

/**
 * `repairMap` for a map known to have been valid before `changes`: when only records nothing points at
 * changed (cards, emotions, moments, metrics...), core's validation runs on those records with the
 * collections they may point at, not on the whole map (a card edit on a 5,000-card map checks one
 * card). Anything else (a stage, lane or persona changed, the first read) runs the whole repair.
 */
export function repairChanges(
  merged: JourneyMap,
  changes: DocChanges,
): { map: JourneyMap; repairs: Repair[] } {
  const referenced = referencedCollections();
  for (const [collection, ids] of changes.records) {
    if (ids === "all" || (referenced.has(collection) && ids.size > 0)) return repairMap(merged);
  }
  const lists = merged as unknown as Record<string, { id: string }[]>;
  const reduced: Record<string, unknown> = { ...merged };
  for (const collection of recordCollections()) {
    if (referenced.has(collection) || CHECKED_AS_A_WHOLE.has(collection)) continue;
    const ids = changes.records.get(collection);
    reduced[collection] =
      ids && ids !== "all" ? (lists[collection] ?? []).filter((record) => ids.has(record.id)) : [];
  }
  const result = validateJourneyMap(reduced);
  if (result.ok && !result.warnings.some((warning) => WHOLE_RECORD.test(warning.path))) {
    return { map: merged, repairs: [] };
  }
  return repairMap(merged);
}

import type { JourneyMap } from "@journeykit/core";
import type * as Y from "yjs";
import { createDocReader } from "./doc-reader.js";
import { repairMerged } from "./repair-merged.js";

/**
 * The map a Y.Doc holds: records in order of their fractional keys (ties by id), the `order` keys left
 * out, and what concurrent edits left inconsistent repaired deterministically (core's
 * `repairJourneyMap`: see `repairMerged`), so the result always passes `validateJourneyMap`.
 * Undefined while the doc is empty.
 *
 * @example
 * const map = docToMap(doc);
 */
export function docToMap(doc: Y.Doc): JourneyMap | undefined {
  const reader = createDocReader(doc);
  const merged = reader.read();
  reader.destroy();
  return merged === undefined ? undefined : repairMerged(merged).map;
}

import type { RecordCollection } from "../records/record-collections.js";
import type { PlainObject } from "./plain-object.js";
import { recordLabel } from "./record-label.js";
import type { RepairLog } from "./repair-log.js";
import { setAside } from "./set-aside.js";

/**
 * Move the records of one list at the given (current) indices, whole, into the map's
 * `meta["journeykit.setAside"]`, each with its reason, and log each as set aside.
 *
 * @example
 * setAsideRecords(doc, "cards", new Map([[3, 'its stage "s9" does not exist']]), log);
 */
export function setAsideRecords(
  doc: PlainObject,
  collection: RecordCollection,
  reasons: ReadonlyMap<number, string>,
  log: RepairLog,
): void {
  if (reasons.size === 0) return;
  const list = doc[collection] as unknown[];
  for (const [index, reason] of [...reasons].sort(([a], [b]) => a - b)) {
    const record = list[index];
    setAside(doc, { collection, record, reason });
    const label = recordLabel(collection, log.originOf(collection, index), record);
    log.atRecord({ collection, index }, "set aside record", `${label} set aside: ${reason}`);
  }
  doc[collection] = list.filter((_, i) => !reasons.has(i));
  log.removed(collection, list.length, new Set(reasons.keys()));
}

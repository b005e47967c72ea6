import type { RecordCollection } from "../records/record-collections.js";
import { keepInMeta, ownMeta } from "./keep-in-meta.js";
import type { PlainObject } from "./plain-object.js";

/**
 * The key of the map's `meta` where a repair keeps the records that could not stay in place (a card
 * whose stage is gone, a second score for the same persona and stage, a record that is not an object):
 * a list of `SetAsideRecord`, oldest first.
 */
export const SET_ASIDE_KEY = "journeykit.setAside";

/**
 * A record a repair took out of its list, whole, and why: an entry of
 * `map.meta["journeykit.setAside"]`. The record is kept as it was found (it may not be an object).
 *
 * @example
 * const entry: SetAsideRecord = { collection: "cards", record: { id: "c4", text: "Long wait", stageId: "s9", laneId: "l1" }, reason: 'its stage "s9" does not exist' };
 */
export interface SetAsideRecord {
  /** The record list it came from. */
  collection: RecordCollection;
  /** The record as it was found. */
  record: unknown;
  /** Why it could not stay: 'its stage "s9" does not exist'. */
  reason: string;
}

/**
 * Append `entry` to the map's set-aside list (`meta["journeykit.setAside"]`), making the list (and
 * `meta`) when there is none; a value already there that is not a list is kept in
 * `meta["journeykit.repaired"]` first.
 *
 * @example
 * setAside(doc, { collection: "cards", record: card, reason: 'its stage "s9" does not exist' });
 */
export function setAside(doc: PlainObject, entry: SetAsideRecord): void {
  const meta = ownMeta(doc);
  const list = meta[SET_ASIDE_KEY];
  if (Array.isArray(list)) {
    list.push(entry);
    return;
  }
  if (list !== undefined) keepInMeta(doc, SET_ASIDE_KEY, list);
  meta[SET_ASIDE_KEY] = [entry];
}

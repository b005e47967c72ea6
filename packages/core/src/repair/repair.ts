import type { IssueLocation } from "../parse/issue.js";

/**
 * What a repair did, in a few words a program can group by: a dangling reference cleared, a record
 * set aside in the map's `meta`, a duplicate or unreadable id replaced, a value replaced by the nearest
 * one its field accepts, an optional value its field refuses cleared (kept in `meta`), text cut to its
 * field's limit (the whole text kept in `meta`), a missing required field filled, or items taken out of
 * a list (kept in `meta`).
 */
export type RepairAction =
  | "cleared reference"
  | "set aside record"
  | "gave new id"
  | "replaced value"
  | "cleared value"
  | "cut text"
  | "filled missing field"
  | "removed list item";

/**
 * One thing `repairJourneyMap` changed to make a document valid. `path` and `at` name the place in the
 * document as it was read (after migrating an older version to the current one): `cards[3].stageId`.
 *
 * @example
 * const repair: Repair = {
 *   path: "cards[3]",
 *   at: { collection: "cards", index: 3 },
 *   action: "set aside record",
 *   message: 'card "Long wait at the desk" set aside: its stage "s9" does not exist',
 * };
 */
export interface Repair {
  /** A JSON path such as `cards[3].personaId`; `""` for the document itself. */
  path: string;
  /** The record (and field) repaired, as data; absent for the map's own fields. */
  at?: IssueLocation;
  action: RepairAction;
  /** An English sentence saying what was repaired and why, naming the record by its text or name. */
  message: string;
}

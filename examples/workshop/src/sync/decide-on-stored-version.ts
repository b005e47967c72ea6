import type { MapRevision } from "../storage/map-library";

/**
 * What a tab does when it learns what is stored for its map (another tab announced a save, or its
 * own conditional save was refused):
 * - `up-to-date`: the stored revision is the one this tab last loaded or saved; nothing to do.
 * - `reload`: another tab stored a newer version and this tab has nothing unsaved: show theirs,
 *   quietly.
 * - `conflict`: another tab stored a newer version while this tab has unsaved edits (or a field is
 *   being typed in): keep both and ask the person which one stays.
 * - `recreate`: the map was deleted elsewhere while this tab has unsaved edits: store it again,
 *   so the edits are not lost.
 */
export type SyncDecision = "up-to-date" | "reload" | "conflict" | "recreate";

export interface StoredVersionFacts {
  /** The revision this tab last loaded or saved. */
  base: number;
  /** What is stored now; undefined when the map is no longer stored. */
  stored: MapRevision | undefined;
  /** This tab has edits that are not stored (waiting, being written, failed, or in a conflict). */
  dirty: boolean;
  /** A text field in the editor has focus: the person may be typing an edit not yet committed. */
  editing: boolean;
}

/**
 * Decide between staying, reloading quietly, and showing a conflict. Never decides to drop unsaved
 * edits: a reload happens only when there are none.
 *
 * @example
 * decideOnStoredVersion({ base: 3, stored: { number: 4, writer: "tab-b" }, dirty: false, editing: false });
 * // "reload"
 */
export function decideOnStoredVersion({ base, stored, dirty, editing }: StoredVersionFacts): SyncDecision {
  if (!stored) return dirty ? "recreate" : "up-to-date";
  if (stored.number === base) return "up-to-date";
  return dirty || editing ? "conflict" : "reload";
}

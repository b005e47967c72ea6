import * as Y from "yjs";

/** What a Y.UndoManager stack item holds (yjs exports the class but not its type by name). */
type StackItem = Y.UndoManager["undoStack"][number];

/** A field of a Y.Map: its key and the map. */
interface Field {
  map: Y.Map<unknown>;
  key: string;
}

function fieldOf(item: Y.Item): Field | undefined {
  if (item.parentSub === null || !(item.parent instanceof Y.Map)) return undefined;
  return { map: item.parent, key: item.parentSub };
}

/**
 * Whether `item` is what its map shows for its key now: the key's live entry. Entries of one key form a
 * list; the rightmost is the one the map holds (Yjs deletes any entry that gets a right neighbour).
 */
function isShown(item: Y.Item): boolean {
  return item.right === null && !item.deleted;
}

/**
 * The value this stack item's edit overwrote in `item`'s field: the nearest earlier entry of the same
 * key that the edit deleted (and did not itself write). "none" when the field had no value before the
 * edit; "unreadable" when that entry's content is gone (garbage-collected) or is a nested type.
 */
function overwritten(item: Y.Item, step: StackItem): { value: unknown } | "none" | "unreadable" {
  for (let left = item.left; left !== null; left = left.left) {
    if (!Y.isDeleted(step.deletions, left.id) || Y.isDeleted(step.insertions, left.id)) continue;
    if (left.content instanceof Y.ContentDeleted || left.content instanceof Y.ContentType)
      return "unreadable";
    const values = left.content.getContent();
    return values.length > 0 ? { value: values[values.length - 1] } : "unreadable";
  }
  return "none";
}

/**
 * The undo manager's `deleteFilter` for per-user undo: an undone write never leaves a field with no
 * value.
 *
 * Two people edit offline and both write the same field (every edit stamps the map's `updatedAt`; two
 * people may retype one card). On reconnect one write wins; the other is deleted unseen. When the
 * winner then undoes, Yjs deletes the winning write but refuses to restore the value it overwrote,
 * because the loser's (deleted) write sits between them: "never overwrite a remote change". The field
 * is left empty: a required field missing from the map, which no client can read any more, so the undo
 * looks like it did nothing, and every later change in the room stays invisible.
 *
 * Here the undo writes back the value this user overwrote instead, in the same transaction (so redo
 * brings the edit back). Nothing anyone could see is reverted: the field showed this user's write. A
 * field this user created (no earlier value) is still removed, as before; when the earlier value cannot
 * be read back (a nested record, content already collected), this user's value stays.
 *
 * `steps` returns the stack items the current undo or redo may pop (the top one first).
 *
 * @example
 * const steps: { current: () => StackItem[] } = { current: () => [] };
 * const undoManager = new Y.UndoManager(scope, { deleteFilter: keepFieldValued(() => steps.current()) });
 */
export function keepFieldValued(steps: () => readonly StackItem[]): (item: Y.Item) => boolean {
  return (item) => {
    const field = fieldOf(item);
    if (!field || !isShown(item)) return true;
    const step = steps().find((candidate) => Y.isDeleted(candidate.insertions, item.id));
    const previous = step ? overwritten(item, step) : "none";
    if (previous === "none") return true;
    if (previous === "unreadable") return false;
    // Setting the key puts a new entry right of `item` and deletes `item`: the undo's own change.
    field.map.set(field.key, previous.value);
    return true;
  };
}

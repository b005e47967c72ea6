import { simpleDiffString } from "lib0/diff";
import * as Y from "yjs";

/** One change of a text: `remove` characters at `index` replaced by `insert` (UTF-16 positions). */
interface Splice {
  index: number;
  remove: number;
  insert: string;
}

/** Ranges to delete (each `[index, length]`, right to left) and what to insert, at positions of now. */
interface TextEdit {
  deletions: [number, number][];
  at: number;
  insert: string;
}

/**
 * `mine` (a change of `base`) moved onto the text as it is now, which differs from `base` by `theirs`:
 * characters `theirs` inserted are never deleted, characters it already deleted are not deleted twice,
 * and what `mine` inserts goes where it went in `base` (after `theirs`'s insertion when inside it).
 */
function rebase(mine: Splice, theirs: Splice): TextEdit {
  const theirsEnd = theirs.index + theirs.remove;
  const shift = theirs.insert.length - theirs.remove;
  /** Where a character of `base` that `theirs` kept is now (one at `theirs.index` came after it). */
  const now = (at: number) => (at < theirs.index ? at : at + shift);
  const deletions: [number, number][] = [];
  const mineEnd = mine.index + mine.remove;
  const after = Math.max(mine.index, theirsEnd);
  if (after < mineEnd) deletions.push([now(after), mineEnd - after]);
  const before = Math.min(mineEnd, theirs.index);
  if (mine.index < before) deletions.push([mine.index, before - mine.index]);
  const at =
    mine.index <= theirs.index
      ? mine.index
      : mine.index >= theirsEnd
        ? now(mine.index)
        : theirs.index + theirs.insert.length;
  return { deletions, at, insert: mine.insert };
}

/**
 * Write the text `next` into `target`'s `key` as a Y.Text, changing only the characters that differ
 * from `shown` (what the person saw before they edited, common start and end kept), so what someone
 * else typed into the same text at the same time stays. When the Y.Text already holds a change `shown`
 * did not (a remote edit not shown yet), the edit is moved onto it instead of undoing it. A field that
 * holds no Y.Text yet (a new field, or a document written before text fields were Y.Texts) gets one.
 *
 * @example
 * writeText(card, "text", "Pay at the till", "Pay at the till or by app");
 * // inserts " or by app": someone else's concurrent "Quickly, " at the start stays
 */
export function writeText(target: Y.Map<unknown>, key: string, shown: unknown, next: string): void {
  const held = target.get(key);
  if (!(held instanceof Y.Text)) {
    target.set(key, new Y.Text(next));
    return;
  }
  const current = held.toString();
  if (current === next) return;
  const base = typeof shown === "string" ? shown : current;
  const mine = simpleDiffString(base, next);
  const edit: TextEdit =
    base === current
      ? { deletions: mine.remove > 0 ? [[mine.index, mine.remove]] : [], at: mine.index, insert: mine.insert }
      : rebase(mine, simpleDiffString(base, current));
  // Right to left, so each position still means what it meant in the current text.
  for (const [index, length] of edit.deletions) held.delete(index, length);
  if (edit.insert.length > 0) held.insert(edit.at, edit.insert);
}

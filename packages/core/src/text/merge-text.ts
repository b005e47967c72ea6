import { diffText, type TextSplice } from "./text-splice.js";

/**
 * A change written as positions of a text someone else has already changed: delete each `[index,
 * length]` range (listed right to left, so each position still means what it meant before), then
 * insert `insert` at `at`. Every deletion starts at or after `at`, so `at` holds before and after them.
 *
 * @example
 * const edit: TextEdit = { deletions: [[12, 3]], at: 4, insert: "quickly " };
 */
export interface TextEdit {
  deletions: [index: number, length: number][];
  at: number;
  insert: string;
}

/**
 * `mine` (a change of a text) moved onto that text as `theirs` (another change of it) left it: what
 * `theirs` inserted is never deleted, what it already deleted is not deleted twice, and what `mine`
 * inserts goes where it went in the first text (in front of `theirs`'s insertion when both went to the
 * same place; after it when `mine`'s place is inside what `theirs` replaced). The rule of every
 * three-way text merge in journeykit: the editor's open drafts (`mergeText`) and the room's Y.Text.
 *
 * @example
 * // "Pay at the till": I insert "quickly " at 4 while someone adds " or by app" at 15.
 * rebaseTextSplice({ index: 4, remove: 0, insert: "quickly " }, { index: 15, remove: 0, insert: " or by app" });
 * // { deletions: [], at: 4, insert: "quickly " }
 */
export function rebaseTextSplice(mine: TextSplice, theirs: TextSplice): TextEdit {
  const theirsEnd = theirs.index + theirs.remove;
  const shift = theirs.insert.length - theirs.remove;
  /** Where a character of the first text that `theirs` kept is now (one at `theirs.index` came after it). */
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

/** `text` with `edit` applied. */
function applyTextEdit(text: string, edit: TextEdit): string {
  let result = text;
  for (const [index, length] of edit.deletions)
    result = result.slice(0, index) + result.slice(index + length);
  return result.slice(0, edit.at) + edit.insert + result.slice(edit.at);
}

/**
 * Two edits of one text made at the same time, merged character by character: the result keeps every
 * character either of them typed, drops what either deleted, and puts `mine`'s words where they went in
 * `base` (in front of `theirs`'s when both typed at the same place). Merging with a side that changed
 * nothing gives the other side exactly. What the editor saves when someone else's text for a field
 * arrived while the field's draft was open.
 *
 * @example
 * mergeText("Pay at the till", "Pay quickly at the till", "Pay at the till or by app");
 * // "Pay quickly at the till or by app"
 */
export function mergeText(base: string, mine: string, theirs: string): string {
  return applyTextEdit(theirs, rebaseTextSplice(diffText(base, mine), diffText(base, theirs)));
}

/** Where a selection is in a text: UTF-16 positions, `start <= end` (equal for a caret). */
export interface TextSelection {
  start: number;
  end: number;
}

/**
 * `mergeText`, and where a selection made in `mine` (the caret of the person typing it) is in the
 * merged text: between the same characters of `mine` (those `theirs` did not delete), so the person
 * goes on typing where they were. Text `theirs` inserted right at the caret comes after it.
 *
 * @example
 * mergeTextSelection("Long queue", "Long queue at", "Very long queue", { start: 13, end: 13 });
 * // { text: "Very long queue at", selection: { start: 18, end: 18 } }
 */
export function mergeTextSelection(
  base: string,
  mine: string,
  theirs: string,
  selection: TextSelection,
): { text: string; selection: TextSelection } {
  const myChange = diffText(base, mine);
  const theirChange = diffText(base, theirs);
  const edit = rebaseTextSplice(myChange, theirChange);
  const insertEnd = myChange.index + myChange.insert.length;
  const theirsEnd = theirChange.index + theirChange.remove;
  const place = (position: number): number => {
    if (position >= myChange.index && position <= insertEnd) return edit.at + position - myChange.index;
    // A place between characters of `base` that `mine` kept: where `theirs` left it, then `mine`'s edit.
    const inBase = position < myChange.index ? position : position - myChange.insert.length + myChange.remove;
    let at =
      inBase <= theirChange.index
        ? inBase
        : inBase >= theirsEnd
          ? inBase + theirChange.insert.length - theirChange.remove
          : theirChange.index + theirChange.insert.length;
    // Never inside a range `mine` deleted: those characters are not in `mine`.
    for (const [index, length] of edit.deletions) if (at >= index + length) at -= length;
    return at > edit.at || (at === edit.at && position > insertEnd) ? at + edit.insert.length : at;
  };
  return {
    text: applyTextEdit(theirs, edit),
    selection: { start: place(selection.start), end: place(selection.end) },
  };
}

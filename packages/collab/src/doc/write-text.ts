import { diffText, rebaseTextSplice } from "@journeykit/core";
import * as Y from "yjs";

/**
 * Write the text `next` into `target`'s `key` as a Y.Text, changing only the characters that differ
 * from `shown` (what the person saw before they edited, common start and end kept), so what someone
 * else typed into the same text at the same time stays. When the Y.Text already holds a change `shown`
 * did not (a remote edit not shown yet), the edit is moved onto it instead of undoing it (core's
 * `rebaseTextSplice`, the rule the editor's drafts merge by too). A field that holds no Y.Text yet (a
 * new field, or a document written before text fields were Y.Texts) gets one.
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
  const edit = rebaseTextSplice(diffText(base, next), diffText(base, current));
  // Right to left, so each position still means what it meant in the current text.
  for (const [index, length] of edit.deletions) held.delete(index, length);
  if (edit.insert.length > 0) held.insert(edit.at, edit.insert);
}

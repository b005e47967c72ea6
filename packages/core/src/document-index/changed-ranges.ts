import type { Patch } from "immer";
import type { ChangedRange } from "./list-change.js";

/** More patches than this and comparing the lists is cheaper than reading the patches. */
export const MAX_RANGE_PATCHES = 64;

/**
 * Where an edit's patches changed each top-level list of a document (by the list's name): from the
 * first index a patch touches to the last (the end, when one adds, removes or sets the length). A
 * list a patch replaces whole, or names in a way this does not read, gets no range (it is compared in
 * full); so does every list when there are more than `MAX_RANGE_PATCHES` patches.
 *
 * @example
 * changedRanges([{ op: "replace", path: ["cards", 12, "text"], value: "New" }]).get("cards"); // { from: 12, to: 12 }
 */
export function changedRanges(
  patches: readonly Patch[],
): ReadonlyMap<string | number, ChangedRange | undefined> {
  const ranges = new Map<string | number, { from: number; to: number } | undefined>();
  if (patches.length > MAX_RANGE_PATCHES) return ranges;
  for (const { op, path } of patches) {
    const name = path[0];
    const at = path[1];
    if (name === undefined) continue;
    const range = ranges.get(name);
    if (range === undefined && ranges.has(name)) continue;
    if (typeof at !== "number" && at !== "length") {
      ranges.set(name, undefined);
      continue;
    }
    const from = typeof at === "number" ? at : Infinity;
    const to = op !== "replace" || at === "length" ? Infinity : from;
    if (!range) ranges.set(name, { from, to });
    else {
      range.from = Math.min(range.from, from);
      range.to = Math.max(range.to, to);
    }
  }
  return ranges;
}

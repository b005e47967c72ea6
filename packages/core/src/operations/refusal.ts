import type * as z from "zod/mini";
import { fromZod } from "../parse/from-zod.js";
import { formatPath, type Issue } from "../parse/issue.js";

// Reasons are collected only while `applyOperation` runs an operation; a plain call `(map, args)`
// pays nothing for them.
let collecting: Issue[] | undefined;

/** Whether a reason given now is heard (an `applyOperation` is running): skip working one out otherwise. */
export function refusing(): boolean {
  return collecting !== undefined;
}

/** Say why an operation leaves the map unchanged (heard by `applyOperation` as `refused`). */
export function refuse(path: string, message: string): void {
  collecting?.push({ path, message });
}

/** Say why, from the first problem zod found in a record of `collection` (at `index`, or a new one). */
export function refuseInvalid(collection: string, index: number | undefined, error: z.core.$ZodError): void {
  const issue = error.issues[0];
  if (!collecting || !issue) return;
  const where = index === undefined ? `${collection}[new]` : formatPath([collection, index]);
  const { path: rest, message } = fromZod(issue);
  refuse(joinPath(where, rest), message);
}

/** A path under another: `joinPath("cards[new]", "stageId")` → `cards[new].stageId`; `"[2]"` joins as is. */
export function joinPath(where: string, rest: string): string {
  if (!rest) return where;
  return `${where}${rest.startsWith("[") ? "" : "."}${rest}`;
}

/** Runs `work`, returning what it returned and the reasons given by `refuse` meanwhile. */
export function collectRefusals<T>(work: () => T): [T, Issue[]] {
  const outer = collecting;
  const reasons: Issue[] = [];
  collecting = reasons;
  try {
    return [work(), reasons];
  } finally {
    collecting = outer;
  }
}

import type * as z from "zod/mini";
import { RECORD_COLLECTION_NAMES, type RecordCollection } from "../records/record-collections.js";
import { formatPath, type Issue, type IssueLocation } from "./issue.js";

function describeInput(input: unknown): string {
  if (input === undefined) return "nothing";
  if (input === null) return "null";
  if (Array.isArray(input)) return "an array";
  if (typeof input === "object") return "an object";
  // Operation arguments come from code, not JSON: functions, symbols and bigints are named, not printed.
  if (typeof input === "function" || typeof input === "symbol") return `a ${typeof input}`;
  if (typeof input === "bigint") return "a bigint";
  const text = JSON.stringify(input);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * The record (and field, and list item) zod's path segments name, when they name one of a map's
 * records: `["cards", 3, "text"]` → `{ collection: "cards", index: 3, field: "text" }`.
 */
function locationOf(path: readonly PropertyKey[]): IssueLocation | undefined {
  const [collection, index, field, item] = path;
  if (!RECORD_COLLECTION_NAMES.includes(collection as RecordCollection) || typeof index !== "number")
    return undefined;
  const at: IssueLocation = { collection: collection as RecordCollection, index };
  if (typeof field === "string") at.field = field;
  if (at.field !== undefined && typeof item === "number") at.item = item;
  return at;
}

/**
 * One zod issue as `{ path, message }`, saying what was found (", got 5") where zod had it, and, when
 * it is about one of a map's records, where as data (`at`, from zod's path segments).
 */
export function fromZod(issue: z.core.$ZodIssue): Issue {
  const message = issue.message.replace(/^Invalid input: /, "").replace(/^Invalid option: /, "");
  // zod reports the input only when asked (`reportInput`); without it, say nothing rather than "nothing".
  const reported = Object.hasOwn(issue, "input");
  const got = issue.code === "unrecognized_keys" || !reported ? "" : `, got ${describeInput(issue.input)}`;
  const missing = reported && issue.code === "invalid_type" && issue.input === undefined;
  const at = locationOf(issue.path);
  return {
    path: formatPath(issue.path),
    message: missing ? `required field missing (${message})` : `${message}${got}`,
    ...(at ? { at } : {}),
  };
}

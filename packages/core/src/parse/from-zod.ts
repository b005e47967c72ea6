import type * as z from "zod/mini";
import { formatPath, type Issue } from "./issue.js";

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

/** One zod issue as `{ path, message }`, saying what was found (", got 5") where zod had it. */
export function fromZod(issue: z.core.$ZodIssue): Issue {
  const message = issue.message.replace(/^Invalid input: /, "").replace(/^Invalid option: /, "");
  // zod reports the input only when asked (`reportInput`); without it, say nothing rather than "nothing".
  const reported = Object.hasOwn(issue, "input");
  const got = issue.code === "unrecognized_keys" || !reported ? "" : `, got ${describeInput(issue.input)}`;
  const missing = reported && issue.code === "invalid_type" && issue.input === undefined;
  return {
    path: formatPath(issue.path),
    message: missing ? `required field missing (${message})` : `${message}${got}`,
  };
}

import { LIMITS } from "../limits.js";
import type { Issue } from "./issue.js";
import { scanJsonText } from "./scan-json-text.js";

/** Where JSON.parse gave up: V8 names a position, or quotes the text around the unexpected token. */
function syntaxErrorPosition(text: string, message: string): number | undefined {
  const position = /position (\d+)/.exec(message)?.[1];
  if (position !== undefined) return Number(position);
  if (/Unexpected end of JSON input/.test(message)) return text.length;
  const quoted = /Unexpected token '([\s\S])', (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(
    message,
  );
  if (!quoted) return undefined;
  const [, token = "", snippet = ""] = quoted;
  const start = text.indexOf(snippet);
  if (start < 0) return undefined;
  // V8 centres the excerpt on the error: take the occurrence of the token nearest the middle.
  const middle = snippet.length / 2;
  let best = -1;
  for (let i = snippet.indexOf(token); i >= 0; i = snippet.indexOf(token, i + 1)) {
    if (best < 0 || Math.abs(i - middle) < Math.abs(best - middle)) best = i;
  }
  return best < 0 ? undefined : start + best;
}

function jsonSyntaxError(text: string, error: unknown): Issue {
  const message = error instanceof Error ? error.message : String(error);
  const reason = message
    .replace(/ in JSON at position \d+.*$/, "")
    .replace(/, (\.\.\.)?"[\s\S]*" is not valid JSON$/, "");
  const position = syntaxErrorPosition(text, message);
  if (position === undefined) return { path: "", message: `not valid JSON: ${reason}` };
  const before = text.slice(0, position);
  const line = before.split("\n").length;
  const column = position - before.lastIndexOf("\n");
  return { path: "", message: `not valid JSON: ${reason} at line ${line} column ${column}` };
}

/** JSON text read into a value (not yet sanitized or validated), or why it cannot be. */
export type JsonTextResult = { ok: true; value: unknown; warnings: Issue[] } | { ok: false; errors: Issue[] };

/**
 * Read JSON text the way every journeykit reader does: refuses text over `LIMITS.maxInputLength`,
 * skips a byte-order mark, refuses too many values or too deep nesting before parsing (`scanJsonText`,
 * which also warns of keys given twice), and says where a syntax error is (line and column). Never throws.
 *
 * @example
 * readJsonText('{"title": }'); // { ok: false, errors: [{ path: "", message: "not valid JSON: Unexpected token '}' at line 1 column 11" }] }
 */
export function readJsonText(input: string): JsonTextResult {
  if (input.length > LIMITS.maxInputLength) {
    return {
      ok: false,
      errors: [
        { path: "", message: `input is ${input.length} characters; the limit is ${LIMITS.maxInputLength}` },
      ],
    };
  }
  // A byte-order mark is not part of the JSON (editors on Windows write one).
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const scan = scanJsonText(text);
  if (!scan.ok) return scan;
  try {
    return { ok: true, value: JSON.parse(text), warnings: scan.warnings };
  } catch (error) {
    return { ok: false, errors: [jsonSyntaxError(text, error)] };
  }
}

import { LIMITS } from "../limits.js";
import { migrateJourneyMap } from "../migrations/migrate-journey-map.js";
import { CURRENT_VERSION, FORMAT } from "../records/journey-map.js";
import type { Issue } from "./issue.js";
import { sanitizeJson } from "./sanitize-json.js";
import { scanJsonText } from "./scan-json-text.js";
import { type ValidationResult, validateSanitized } from "./validate-journey-map.js";

/**
 * What `parseJourneyMap` returns: a valid current-version map with warnings, or path-specific errors.
 * A file written by an older version reads as the current one; `migratedFrom` names the version it
 * had (a clean migration is not a warning: nothing in the file needs the user's attention).
 */
export type ParseResult =
  | (Extract<ValidationResult, { ok: true }> & { migratedFrom?: number })
  | Extract<ValidationResult, { ok: false }>;

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

/**
 * Read a journey map from JSON text or an already parsed value: refuses oversized or hostile input,
 * migrates older versions, refuses newer ones, validates structure, ranges and references, and keeps
 * unknown fields (reported as warnings). Never throws.
 *
 * @example
 * const result = parseJourneyMap(await file.text());
 * if (result.ok) open(result.map);
 * else for (const { path, message } of result.errors) console.error(`${path}: ${message}`);
 */
export function parseJourneyMap(input: unknown): ParseResult {
  let value = input;
  const warnings: Issue[] = [];
  if (typeof input === "string") {
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
    warnings.push(...scan.warnings);
    try {
      value = JSON.parse(text);
    } catch (error) {
      return { ok: false, errors: [jsonSyntaxError(text, error)] };
    }
  }
  const sanitized = sanitizeJson(value);
  if (!sanitized.ok) return sanitized;
  const doc = sanitized.value;
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) {
    return { ok: false, errors: [{ path: "", message: "expected a journeykit map object" }] };
  }
  const format = (doc as Record<string, unknown>).format;
  if (format !== FORMAT) {
    return {
      ok: false,
      errors: [
        {
          path: "format",
          message: `expected "${FORMAT}", got ${JSON.stringify(format) ?? "nothing"}: not a journeykit map`,
        },
      ],
    };
  }
  warnings.push(...sanitized.warnings);
  const version = (doc as Record<string, unknown>).version;
  if (version === CURRENT_VERSION) return validateSanitized(doc, warnings);
  const migrated = migrateJourneyMap(doc);
  if (!migrated.ok) return migrated;
  warnings.push(...migrated.warnings);
  const before = warnings.length;
  const result = validateSanitized(migrated.doc, warnings);
  // What validation finds names paths in the migrated document: point at the file the user has.
  const inSource = (issue: Issue): Issue => {
    // Steps that only added fields leave every path as the file has it: nothing to point out.
    if (!migrated.pathsChanged) return issue;
    const source = migrated.sourcePath(issue.path);
    if (source === undefined) {
      return {
        path: issue.path,
        message: `${issue.message} (path in the document migrated to version ${CURRENT_VERSION}; the file is version ${String(version)})`,
      };
    }
    const as = source === issue.path ? "" : ` as ${issue.path || "the document"}`;
    return {
      path: source,
      message: `${issue.message} (in the version ${String(version)} file; checked${as} after migrating to version ${CURRENT_VERSION})`,
    };
  };
  if (!result.ok) return { ...result, errors: result.errors.map(inSource) };
  return {
    ...result,
    warnings: [...result.warnings.slice(0, before), ...result.warnings.slice(before).map(inSource)],
    migratedFrom: Number(version),
  };
}

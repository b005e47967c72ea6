import { migrateJourneyMap } from "../migrations/migrate-journey-map.js";
import { CURRENT_VERSION, FORMAT } from "../records/journey-map.js";
import type { Issue } from "./issue.js";
import { readJsonText } from "./read-json-text.js";
import { sanitizeJson } from "./sanitize-json.js";
import { type ValidationResult, validateSanitized } from "./validate-journey-map.js";

/**
 * What `parseJourneyMap` returns: a valid current-version map with warnings, or path-specific errors.
 * A file written by an older version reads as the current one; `migratedFrom` names the version it
 * had (a clean migration is not a warning: nothing in the file needs the user's attention).
 */
export type ParseResult =
  | (Extract<ValidationResult, { ok: true }> & { migratedFrom?: number })
  | Extract<ValidationResult, { ok: false }>;

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
    const read = readJsonText(input);
    if (!read.ok) return read;
    warnings.push(...read.warnings);
    value = read.value;
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

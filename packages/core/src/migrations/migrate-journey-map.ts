import { formatPath, type Issue } from "../parse/issue.js";
import { CURRENT_VERSION } from "../records/journey-map.js";
import { flatStagesToNormalized } from "./0001-flat-stages-to-normalized.js";
import type { Doc, Migration } from "./migration.js";

/** Every step, in order; step n turns version n into n + 1. */
export const migrations: readonly Migration[] = [flatStagesToNormalized];

/** The result of migrating: the document at the current version and the steps applied, or errors. */
export type MigrationResult = { ok: true; doc: Doc; applied: string[] } | { ok: false; errors: Issue[] };

/**
 * Bring a document of any older version up to `CURRENT_VERSION`, one ledger step at a time. A newer
 * version is refused (it was made by a newer journeykit). Never throws; does not validate the result
 * (`parseJourneyMap` does both).
 *
 * @example
 * const result = migrateJourneyMap(JSON.parse(oldText));
 * if (result.ok) console.log(result.applied); // ["0001-flat-stages-to-normalized"]
 */
export function migrateJourneyMap(input: unknown): MigrationResult {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ path: "", message: "expected a journeykit map object" }] };
  }
  let doc = input as Doc;
  const version = doc.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 0) {
    return {
      ok: false,
      errors: [{ path: "version", message: `expected a version number, got ${JSON.stringify(version)}` }],
    };
  }
  if (version > CURRENT_VERSION) {
    return {
      ok: false,
      errors: [
        {
          path: "version",
          message: `made by a newer journeykit (version ${version}); this build reads up to version ${CURRENT_VERSION}, upgrade journeykit to open it`,
        },
      ],
    };
  }
  const applied: string[] = [];
  for (let v = version; v < CURRENT_VERSION; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step)
      return {
        ok: false,
        errors: [{ path: formatPath(["version"]), message: `no migration from version ${v}` }],
      };
    const result = step.up(structuredClone(doc));
    if (!result.ok) {
      return {
        ok: false,
        errors: result.errors.map((e) => ({ ...e, message: `${e.message} (migrating from version ${v})` })),
      };
    }
    doc = result.doc;
    applied.push(step.id);
  }
  return { ok: true, doc, applied };
}

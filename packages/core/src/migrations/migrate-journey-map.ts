import { formatPath, type Issue } from "../parse/issue.js";
import { CURRENT_VERSION } from "../records/journey-map.js";
import { flatStagesToNormalized } from "./0001-flat-stages-to-normalized.js";
import { evidenceCollections } from "./0002-evidence-collections.js";
import { sourcePlacement } from "./0003-source-placement.js";
import { assertMigrationLedger } from "./check-migration-ledger.js";
import type { Doc, Migration } from "./migration.js";

/** Every step, in order; step n turns version n into n + 1. */
export const migrations: readonly Migration[] = [
  flatStagesToNormalized,
  evidenceCollections,
  sourcePlacement,
];

/** Node's `process`, when there is one: core does not depend on Node's types, nor on Node. */
declare const process: { env: Record<string, string | undefined> } | undefined;

// Checked once at load in development and tests; a browser has no `process`, and production builds
// (which replace `process.env.NODE_ENV`) drop the check.
if (
  typeof process !== "undefined" &&
  typeof process.env === "object" &&
  process.env.NODE_ENV !== "production"
) {
  assertMigrationLedger(migrations);
}

/**
 * The result of migrating: the document at the current version, the steps applied, what the steps
 * kept in `meta` (warnings, with paths in the input) and `sourcePath`, which maps a path in the migrated
 * document back to the input's (undefined when that part was made by a step); or errors.
 */
export type MigrationResult =
  | {
      ok: true;
      doc: Doc;
      applied: string[];
      warnings: Issue[];
      sourcePath: (path: string) => string | undefined;
      /** Whether a step moved or renamed anything, so that a path in the result may differ from the input's. */
      pathsChanged: boolean;
    }
  | { ok: false; errors: Issue[] };

/** Drop the last segment of a formatted path: `cards[3].text` -> `cards[3]` -> `cards` -> `""`. */
function parentPath(path: string): string {
  const cut = Math.max(path.lastIndexOf("."), path.lastIndexOf("["));
  return cut <= 0 ? "" : path.slice(0, cut);
}

/** A path of the step's output mapped to its input through the step's origins (longest prefix). */
function throughStep(path: string, origins: ReadonlyMap<string, string> | undefined): string | undefined {
  if (!origins || path === "") return path;
  for (let prefix = path; prefix !== ""; prefix = parentPath(prefix)) {
    const origin = origins.get(prefix);
    if (origin !== undefined) return origin + path.slice(prefix.length);
  }
  return undefined;
}

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
  const warnings: Issue[] = [];
  // Origins of every step, newest first: a path is mapped back one step at a time.
  const steps: (ReadonlyMap<string, string> | undefined)[] = [];
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
        errors: result.errors.map((e) => ({
          path:
            steps.reduce<string | undefined>((p, o) => (p === undefined ? p : throughStep(p, o)), e.path) ??
            e.path,
          message: `${e.message} (migrating from version ${v})`,
        })),
      };
    }
    // Warnings of later steps name paths in their input: mapped back to the original document.
    for (const warning of result.warnings ?? []) {
      const path = steps.reduce<string | undefined>(
        (p, o) => (p === undefined ? p : throughStep(p, o)),
        warning.path,
      );
      warnings.push({ path: path ?? warning.path, message: warning.message });
    }
    steps.unshift(result.origins);
    doc = result.doc;
    applied.push(step.id);
  }
  const sourcePath = (path: string) =>
    steps.reduce<string | undefined>((p, origins) => (p === undefined ? p : throughStep(p, origins)), path);
  return { ok: true, doc, applied, warnings, sourcePath, pathsChanged: steps.some(Boolean) };
}

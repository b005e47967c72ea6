import { CURRENT_VERSION } from "../records/journey-map.js";
import type { Migration } from "./migration.js";

/** The ordinal an id starts with: `"0002-evidence-collections"` -> 2; undefined without one. */
function ordinalOf(id: string): number | undefined {
  const match = /^(\d{4})-/.exec(id);
  return match ? Number(match[1]) : undefined;
}

/** What is wrong with one step at `index` of the ledger (`expected` is the version it should read). */
function stepProblems(step: Migration, index: number, expected: number, seen: Set<string>): string[] {
  const problems: string[] = [];
  const name = `step ${index + 1} (${step.id})`;
  if (seen.has(step.id)) problems.push(`${name}: duplicate id`);
  seen.add(step.id);
  if (step.from < expected) {
    problems.push(
      `${name}: reads version ${step.from}, already read by an earlier step (duplicate or out of order)`,
    );
  } else if (step.from > expected) {
    problems.push(
      `${name}: reads version ${step.from}, expected ${expected}: no step reads version ${expected} (a gap)`,
    );
  }
  if (ordinalOf(step.id) !== index + 1) {
    problems.push(
      `${name}: its id should start with ${String(index + 1).padStart(4, "0")}- (ids are numbered in order)`,
    );
  }
  return problems;
}

/**
 * The problems of a migration ledger, empty when it is sound: steps read versions 0, 1, 2… in order,
 * each turning version `from` into `from + 1`, without gaps or duplicates, ids numbered `0001-`,
 * `0002-`… in the same order, and the last step writing `currentVersion`.
 *
 * @example
 * checkMigrationLedger(migrations); // []
 * checkMigrationLedger([flatStagesToNormalized, sourcePlacement], 3);
 * // ["step 2 (0003-source-placement): reads version 2, expected 1: no step reads version 1 (a gap)", …]
 */
export function checkMigrationLedger(
  ledger: readonly Migration[],
  currentVersion: number = CURRENT_VERSION,
): string[] {
  const seen = new Set<string>();
  const problems = ledger.flatMap((step, i) =>
    stepProblems(step, i, ledger[i - 1] ? ledger[i - 1]!.from + 1 : 0, seen),
  );
  const last = ledger.at(-1);
  const reaches = last ? last.from + 1 : 0;
  if (reaches !== currentVersion) {
    problems.push(
      `the last step writes version ${reaches}, but the current format version is ${currentVersion}`,
    );
  }
  return problems;
}

/**
 * Throws when the ledger has a problem, naming each: run once when core loads in development and in
 * tests, so a step added out of order or a format version raised without its step fails at once.
 *
 * @example
 * assertMigrationLedger(migrations);
 */
export function assertMigrationLedger(ledger: readonly Migration[], currentVersion?: number): void {
  const problems = checkMigrationLedger(ledger, currentVersion);
  if (problems.length > 0) {
    throw new Error(`journeykit: the migration ledger is broken: ${problems.join("; ")}`);
  }
}

import { describe, expect, it } from "vitest";
import { CURRENT_VERSION } from "../records/journey-map.js";
import { assertMigrationLedger, checkMigrationLedger } from "./check-migration-ledger.js";
import { migrations } from "./migrate-journey-map.js";
import type { Migration } from "./migration.js";

const step = (id: string, from: number): Migration => ({
  id,
  from,
  up: (doc) => ({ ok: true, doc: { ...doc, version: from + 1 } }),
});
const a = step("0001-a", 0);
const b = step("0002-b", 1);
const c = step("0003-c", 2);

describe("checkMigrationLedger", () => {
  it("finds nothing wrong with the real ledger", () => {
    expect(checkMigrationLedger(migrations)).toEqual([]);
    expect(migrations.at(-1)!.from + 1).toBe(CURRENT_VERSION);
  });

  it("finds nothing wrong with a sound ledger", () => {
    expect(checkMigrationLedger([a, b, c], 3)).toEqual([]);
    expect(checkMigrationLedger([], 0)).toEqual([]);
  });

  it("reports a gap", () => {
    expect(checkMigrationLedger([a, step("0002-c", 2)], 3)).toEqual([
      "step 2 (0002-c): reads version 2, expected 1: no step reads version 1 (a gap)",
    ]);
  });

  it("reports a ledger that does not start at version 0", () => {
    expect(checkMigrationLedger([step("0001-b", 1)], 2)).toEqual([
      "step 1 (0001-b): reads version 1, expected 0: no step reads version 0 (a gap)",
    ]);
  });

  it("reports a duplicate step and a duplicate id", () => {
    expect(checkMigrationLedger([a, b, b, c], 3)).toEqual([
      "step 3 (0002-b): duplicate id",
      "step 3 (0002-b): reads version 1, already read by an earlier step (duplicate or out of order)",
      "step 3 (0002-b): its id should start with 0003- (ids are numbered in order)",
      "step 4 (0003-c): its id should start with 0004- (ids are numbered in order)",
    ]);
  });

  it("reports steps out of order", () => {
    expect(checkMigrationLedger([a, c, b], 3)).toEqual([
      "step 2 (0003-c): reads version 2, expected 1: no step reads version 1 (a gap)",
      "step 2 (0003-c): its id should start with 0002- (ids are numbered in order)",
      "step 3 (0002-b): reads version 1, already read by an earlier step (duplicate or out of order)",
      "step 3 (0002-b): its id should start with 0003- (ids are numbered in order)",
      "the last step writes version 2, but the current format version is 3",
    ]);
  });

  it("reports an id numbered out of step with its place", () => {
    expect(checkMigrationLedger([a, step("0007-b", 1)], 2)).toEqual([
      "step 2 (0007-b): its id should start with 0002- (ids are numbered in order)",
    ]);
  });

  it("reports a last step short of the current format version, or past it", () => {
    expect(checkMigrationLedger([a, b], 3)).toEqual([
      "the last step writes version 2, but the current format version is 3",
    ]);
    expect(checkMigrationLedger([a, b, c], 2)).toEqual([
      "the last step writes version 3, but the current format version is 2",
    ]);
    expect(checkMigrationLedger([], 1)).toEqual([
      "the last step writes version 0, but the current format version is 1",
    ]);
  });
});

describe("assertMigrationLedger", () => {
  it("throws an error naming the problem", () => {
    expect(() => assertMigrationLedger([a, b], 3)).toThrow(
      "journeykit: the migration ledger is broken: the last step writes version 2, but the current format version is 3",
    );
  });

  it("passes a sound ledger", () => {
    expect(() => assertMigrationLedger(migrations)).not.toThrow();
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CURRENT_VERSION, migrateJourneyMap, migrations, parseJourneyMap } from "../src/index";

const fixturesDir = new URL("./fixtures/", import.meta.url);

describe("migration ledger", () => {
  it("has contiguous steps from version 0 to the current version", () => {
    expect(migrations.map((m) => m.from)).toEqual(Array.from({ length: CURRENT_VERSION }, (_, i) => i));
  });

  it("has a fixture of a real old document for every step", () => {
    for (const migration of migrations) {
      const dir = new URL(`v${migration.from}/`, fixturesDir);
      expect(readdirSync(dir).filter((f) => f.endsWith(".json")).length, migration.id).toBeGreaterThan(0);
    }
  });

  for (const migration of migrations) {
    const dir = new URL(`v${migration.from}/`, fixturesDir);
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
      it(`${migration.id}: ${file} parses into a valid current map`, () => {
        const result = parseJourneyMap(readFileSync(new URL(file, dir), "utf8"));
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        expect(result.warnings).toContainEqual({ path: "version", message: "migrated from version 0 to 1" });
        expect(result.map.version).toBe(CURRENT_VERSION);
      });
    }
  }
});

describe("0001-flat-stages-to-normalized", () => {
  const old = JSON.parse(readFileSync(new URL("v0/bank-account-opening.json", fixturesDir), "utf8"));
  const result = parseJourneyMap(old);
  const map = result.ok ? result.map : undefined;

  it("keeps every stage, list entry and the persona", () => {
    expect(map?.title).toBe("Opening a current account online");
    expect(map?.stages.map((s) => s.name)).toEqual(["Research", "Apply", "Verify identity", "First use"]);
    expect(map?.personas[0]).toMatchObject({
      name: "Priya",
      needs: ["Account number within a day", "No branch visit"],
    });
    expect(map?.cards.map((c) => c.text)).toContain("Photo upload rejects phone pictures");
    expect(map?.cards).toHaveLength(10);
  });

  it("clamps and rounds the old emotion numbers onto -3..3", () => {
    expect(map?.emotions.map((e) => e.score)).toEqual([1, -2, -3, 2]);
  });

  it("turns an unknown channel into other", () => {
    expect(map?.touchpoints.find((t) => t.name === "Video call")?.channel).toBe("other");
  });

  it("does not change its input", () => {
    const before = structuredClone(old);
    migrateJourneyMap(old);
    expect(old).toEqual(before);
  });

  it("reports a version 0 document without stages", () => {
    const bad = migrateJourneyMap({ format: "journeykit/map", version: 0, name: "x" });
    expect(bad).toEqual({
      ok: false,
      errors: [
        { path: "stages", message: "version 0 document without a stages list (migrating from version 0)" },
      ],
    });
  });
});

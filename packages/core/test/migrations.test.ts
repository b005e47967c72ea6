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
        expect(result.migratedFrom).toBe(migration.from);
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

describe("0001-flat-stages-to-normalized keeps what version 1 has no field for", () => {
  const text = readFileSync(new URL("v0/coffee-loyalty-extras.json", fixturesDir), "utf8");
  const result = parseJourneyMap(text);
  const map = result.ok ? result.map : undefined;

  it("carries tags, meta, the avatar and stage notes into their version 1 fields", () => {
    expect(map?.tags).toEqual(["loyalty", "in-store"]);
    expect(map?.meta).toMatchObject({ exportedBy: "journeykit 0.4.2", workshop: { room: "B2" } });
    expect(map?.personas[0]?.avatar).toBe("https://example.com/avatars/tom.png");
    const notes = map?.lanes.find((l) => l.kind === "notes");
    expect(map?.cards.filter((c) => c.laneId === notes?.id).map((c) => c.text)).toEqual([
      "The poster is behind the tip jar",
      "Barista cannot help with the app",
    ]);
  });

  it("keeps the rest in meta.fromV0 of the record it belonged to", () => {
    expect(map?.meta?.fromV0).toEqual({
      notes: "Ask the regional manager about the paper cards still in circulation",
    });
    expect(map?.personas[0]?.meta).toEqual({ fromV0: { color: "orange", mood: "in a hurry" } });
    expect(map?.stages[0]?.meta).toEqual({
      fromV0: { actions: [{ text: "Asks the barista", votes: 3 }], owner: "Marketing" },
    });
    expect(map?.touchpoints[0]).toMatchObject({
      channel: "other",
      meta: { fromV0: { channel: "poster", size: "A2" } },
    });
    expect(map?.emotions.map((e) => [e.score, e.meta])).toEqual([
      [0, { fromV0: { emotion: 0.4 } }],
      [3, { fromV0: { emotion: 4.6 } }],
    ]);
  });

  it("lists what moved where, with paths in the version 0 file", () => {
    expect(result.ok && result.warnings).toEqual([
      {
        path: "stages[0].touchpoints[0]",
        message: "kept in touchpoints[0].meta.fromV0 (no place in version 1): channel, size",
      },
      { path: "stages[0]", message: "kept in stages[0].meta.fromV0 (no place in version 1): actions, owner" },
      { path: "persona", message: "kept in personas[0].meta.fromV0 (no place in version 1): color, mood" },
      { path: "", message: "kept in meta.fromV0 (no place in version 1): notes" },
    ]);
    expect(result.ok && result.migratedFrom).toBe(0);
  });

  it("names problems found after migrating by their path in the version 0 file", () => {
    const old = JSON.parse(text);
    old.stages[1].title = "x".repeat(600);
    old.stages[1].painPoints[0] = "y".repeat(30_000);
    const bad = parseJourneyMap(old);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.map((e) => e.path)).toEqual(["stages[1].title", "stages[1].painPoints[0]"]);
    expect(bad.errors[0]?.message).toMatch(
      /\(in the version 0 file; checked as stages\[1\]\.name after migrating to version 3\)$/,
    );
  });
});

describe("0002-evidence-collections", () => {
  const text = readFileSync(new URL("v1/restaurant-cold-dish.json", fixturesDir), "utf8");
  const old = JSON.parse(text);
  const result = parseJourneyMap(text);
  const map = result.ok ? result.map : undefined;

  it("adds empty sources and quotes and nothing else changes meaning", () => {
    expect(old.version).toBe(1);
    expect(result.ok && result.warnings).toEqual([]);
    expect(result.ok && result.migratedFrom).toBe(1);
    const { version, sources, quotes, ...rest } = map!;
    expect(version).toBe(CURRENT_VERSION);
    expect(sources).toEqual([]);
    expect(quotes).toEqual([]);
    const { version: _v1, ...oldRest } = old;
    expect(rest).toEqual(oldRest);
  });

  it("keeps a version-1 host's own top-level sources and quotes in meta.fromV1", () => {
    const own = { ...old, sources: ["crm export"], quotes: { best: "Lovely staff" }, meta: { team: "ops" } };
    const migrated = parseJourneyMap(own);
    if (!migrated.ok) throw new Error(JSON.stringify(migrated.errors));
    expect(migrated.map.sources).toEqual([]);
    expect(migrated.map.quotes).toEqual([]);
    expect(migrated.map.meta).toEqual({
      team: "ops",
      fromV1: { sources: ["crm export"], quotes: { best: "Lovely staff" } },
    });
    expect(migrated.warnings).toContainEqual({
      path: "sources",
      message: "kept in meta.fromV1 (version 2 uses the name for evidence): sources, quotes",
    });
  });

  it("names a problem found after migrating by its path in the version 1 file", () => {
    const bad = structuredClone(old);
    bad.cards[2].stageId = "nowhere";
    const parsed = parseJourneyMap(bad);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors[0]?.path).toBe("cards[2].stageId");
  });

  it("refuses a version-1 document whose meta is not an object when something must be kept in it", () => {
    expect(migrateJourneyMap({ ...old, sources: [1], meta: 5 })).toMatchObject({
      ok: false,
      errors: [{ path: "meta" }],
    });
  });
});

describe("0003-source-placement", () => {
  const text = readFileSync(new URL("v2/dental-practice-evidence.json", fixturesDir), "utf8");
  const old = JSON.parse(text);
  const result = parseJourneyMap(text);
  const map = result.ok ? result.map : undefined;

  it("keeps every source, metric and quote as they were: nothing changes meaning", () => {
    expect(old.version).toBe(2);
    expect(result.ok && result.warnings).toEqual([]);
    expect(result.ok && result.migratedFrom).toBe(2);
    const { version, ...rest } = map!;
    expect(version).toBe(3);
    const { version: _v2, ...oldRest } = old;
    expect(rest).toEqual(oldRest);
    expect(map?.sources[0]).not.toHaveProperty("mapping");
    expect(map?.sources[0]).not.toHaveProperty("rules");
  });

  it("keeps a version-2 host's own mapping and rules fields of a source in its meta.fromV2", () => {
    const own = structuredClone(old);
    own.sources[0].rules = "ask Maria";
    own.sources[0].mapping = { q1: "nps" };
    own.sources[0].meta = { owner: "front desk" };
    const migrated = parseJourneyMap(own);
    if (!migrated.ok) throw new Error(JSON.stringify(migrated.errors));
    expect(migrated.map.sources[0]).not.toHaveProperty("rules");
    expect(migrated.map.sources[0]?.meta).toEqual({
      owner: "front desk",
      fromV2: { mapping: { q1: "nps" }, rules: "ask Maria" },
    });
    expect(migrated.warnings).toContainEqual({
      path: "sources[0].mapping",
      message:
        "kept in sources[0].meta.fromV2 (version 3 uses the name for the import's placement): mapping, rules",
    });
  });

  it("refuses a source whose meta is not an object when something must be kept in it", () => {
    const bad = structuredClone(old);
    bad.sources[0].rules = [];
    bad.sources[0].meta = "x";
    expect(migrateJourneyMap(bad)).toMatchObject({ ok: false, errors: [{ path: "sources[0].meta" }] });
  });

  it("reads a version-3 source's mapping and rules, and refuses a rule without keywords list", () => {
    const current = structuredClone(map!);
    current.sources[0] = {
      ...current.sources[0]!,
      kind: "social",
      mapping: {
        columns: [
          { index: 0, header: "How likely…", role: "nps", scale: { min: 0, max: 10 } },
          { index: 1, header: "Why?", role: "comment" },
        ],
      },
      rules: [{ stageId: "stg_pay", touchpointId: "tp_invoice", keywords: ["bill", "invoice"] }],
    };
    const parsed = parseJourneyMap(JSON.stringify(current));
    expect(parsed.ok && parsed.map.sources[0]).toEqual(current.sources[0]);
    const broken = JSON.parse(JSON.stringify(current));
    broken.sources[0].rules[0].keywords = "bill";
    const refused = parseJourneyMap(broken);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.errors[0]?.path).toBe("sources[0].rules[0].keywords");
  });
});

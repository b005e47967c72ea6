import { createJourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { openIndexedDbMapLibrary } from "./indexeddb-map-library";
import type { MapLibrary } from "./map-library";
import { MemoryMapLibrary } from "./memory-map-library";

let n = 0;
const implementations: [string, () => Promise<MapLibrary>][] = [
  ["IndexedDbMapLibrary", () => openIndexedDbMapLibrary({ databaseName: `contract-${n++}` })],
  ["MemoryMapLibrary", async () => new MemoryMapLibrary("test")],
];

describe.each(implementations)("%s (the MapLibrary contract)", (_name, freshLibrary) => {
  it("keeps several maps side by side, newest first", async () => {
    const library = await freshLibrary();
    const older = createJourneyMap({ title: "Older", now: new Date("2026-01-01T00:00:00Z") });
    const newer = createJourneyMap({ title: "Newer", now: new Date("2026-02-01T00:00:00Z") });
    await library.save(older);
    await library.save(newer);
    const { maps } = await library.list();
    expect(maps.map((m) => m.title)).toEqual(["Newer", "Older"]);
    expect(await library.load(older.id)).toEqual(older);
  });

  it("reports a damaged entry instead of loading it", async () => {
    const library = await freshLibrary();
    const map = createJourneyMap();
    await library.save({ ...map, stages: [{ id: 5 }] } as never);
    const { maps, damaged } = await library.list();
    expect(maps).toEqual([]);
    expect(damaged[0]?.key).toBe(map.id);
    expect(damaged[0]?.errors.join()).toMatch(/stages\[0\]/);
    await expect(library.load(map.id)).rejects.toThrow(/damaged/);
  });

  it("removes a map", async () => {
    const library = await freshLibrary();
    const map = createJourneyMap();
    await library.save(map);
    await library.remove(map.id);
    expect(await library.load(map.id)).toBeUndefined();
  });

  it("stores a copy: changing a saved or loaded map does not change what is stored", async () => {
    const library = await freshLibrary();
    const map = createJourneyMap({ title: "Kept" });
    await library.save(map);
    map.title = "Changed after save";
    const loaded = await library.load(map.id);
    if (!loaded) throw new Error("the map was not stored");
    loaded.title = "Changed after load";
    expect((await library.load(map.id))?.title).toBe("Kept");
  });

  it("seeds an empty library once, even when two seeds run at the same time", async () => {
    const library = await freshLibrary();
    const first = createJourneyMap({ title: "Sample A" });
    const second = createJourneyMap({ title: "Sample B" });
    const stored = await Promise.all([library.seed(first), library.seed(second)]);
    expect(stored.filter(Boolean)).toHaveLength(1);
    const { maps, damaged } = await library.list();
    expect(maps).toHaveLength(1);
    expect(damaged).toEqual([]);
  });

  it("does not seed again after the seeded map was deleted", async () => {
    const library = await freshLibrary();
    const sample = createJourneyMap({ title: "Sample" });
    expect(await library.seed(sample)).toBe(true);
    await library.remove(sample.id);
    expect(await library.seed(createJourneyMap({ title: "Again" }))).toBe(false);
    expect((await library.list()).maps).toEqual([]);
  });

  it("does not seed a library that already holds maps", async () => {
    const library = await freshLibrary();
    await library.save(createJourneyMap({ title: "Mine" }));
    expect(await library.seed(createJourneyMap({ title: "Sample" }))).toBe(false);
    expect((await library.list()).maps.map((m) => m.title)).toEqual(["Mine"]);
  });
});

describe("IndexedDbMapLibrary", () => {
  it("keeps maps across connections, as across page loads", async () => {
    const databaseName = `reopen-${n++}`;
    const map = createJourneyMap({ title: "Survives a reload" });
    await (await openIndexedDbMapLibrary({ databaseName })).save(map);
    const reopened = await openIndexedDbMapLibrary({ databaseName });
    expect(reopened.storage).toEqual({ kind: "indexeddb" });
    expect(await reopened.load(map.id)).toEqual(map);
    expect(await reopened.seed(createJourneyMap())).toBe(false);
  });

  it("seeds at most once across two connections to the same database (two tabs)", async () => {
    const databaseName = `tabs-${n++}`;
    const [a, b] = await Promise.all([
      openIndexedDbMapLibrary({ databaseName }),
      openIndexedDbMapLibrary({ databaseName }),
    ]);
    await Promise.all([a.seed(createJourneyMap()), b.seed(createJourneyMap())]);
    expect((await a.list()).maps).toHaveLength(1);
  });

  it("upgrades a database from before revisions: its maps open at revision 0 and save on", async () => {
    const databaseName = `version-1-${n++}`;
    const map = createJourneyMap({ title: "From the old app" });
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(databaseName, 1);
      request.onupgradeneeded = () => request.result.createObjectStore("maps");
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const transaction = request.result.transaction("maps", "readwrite");
        transaction.objectStore("maps").put(map, map.id);
        transaction.oncomplete = () => {
          request.result.close();
          resolve();
        };
      };
    });
    const library = await openIndexedDbMapLibrary({ databaseName });
    expect(await library.loadVersion(map.id)).toEqual({ map, revision: { number: 0, writer: "" } });
    expect(await library.saveIfUnchanged({ ...map, title: "Saved by the new app" }, 0)).toMatchObject({
      ok: true,
    });
    expect((await library.list()).maps.map((m) => m.title)).toEqual(["Saved by the new app"]);
  });
});

import { createJourneyMap } from "@journeykit/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { openIndexedDbMapLibrary } from "./indexeddb-map-library";
import type { MapLibrary, MapRevision } from "./map-library";
import { MemoryMapLibrary } from "./memory-map-library";

let n = 0;
const implementations: [string, () => Promise<MapLibrary>][] = [
  ["IndexedDbMapLibrary", () => openIndexedDbMapLibrary({ databaseName: `cas-${n++}` })],
  ["MemoryMapLibrary", async () => new MemoryMapLibrary("test")],
];

afterEach(() => vi.restoreAllMocks());

describe.each(implementations)("%s: revisions and compare-and-set", (_name, freshLibrary) => {
  it("stamps revision 1, 2, ... beside the map, never inside the document", async () => {
    const library = await freshLibrary();
    const map = createJourneyMap({ title: "Stamped" });
    expect((await library.save(map)).number).toBe(1);
    expect((await library.save({ ...map, title: "Again" })).number).toBe(2);
    const version = await library.loadVersion(map.id);
    expect(version?.revision.number).toBe(2);
    expect(version?.map.title).toBe("Again");
    expect(Object.keys(version?.map ?? {})).not.toContain("revision");
    expect(await library.loadVersion("no-such-map")).toBeUndefined();
  });

  it("counts a seeded map (stored without a stamp) as revision 0", async () => {
    const library = await freshLibrary();
    const sample = createJourneyMap({ title: "Sample" });
    await library.seed(sample);
    expect((await library.loadVersion(sample.id))?.revision.number).toBe(0);
    expect(await library.saveIfUnchanged({ ...sample, title: "Edited" }, 0)).toMatchObject({
      ok: true,
      revision: { number: 1 },
    });
  });

  it("stores only while the stored revision is the expected one, and refuses with the current one", async () => {
    const library = await freshLibrary();
    const map = createJourneyMap({ title: "Base" });
    const first = await library.saveIfUnchanged(map, 0);
    expect(first).toMatchObject({ ok: true, revision: { number: 1 } });
    // A second writer still believes revision 0 is stored.
    const stale = await library.saveIfUnchanged({ ...map, title: "Stale tab" }, 0);
    expect(stale.ok).toBe(false);
    expect(stale.ok ? undefined : stale.current.number).toBe(1);
    expect((await library.load(map.id))?.title).toBe("Base");
    expect(await library.saveIfUnchanged({ ...map, title: "Up to date" }, 1)).toMatchObject({ ok: true });
    expect((await library.load(map.id))?.title).toBe("Up to date");
  });

  it("lets exactly one of two writers that expect the same revision store", async () => {
    const library = await freshLibrary();
    const map = createJourneyMap();
    await library.save(map);
    const outcomes = await Promise.all([
      library.saveIfUnchanged({ ...map, title: "A" }, 1),
      library.saveIfUnchanged({ ...map, title: "B" }, 1),
    ]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    const winner = outcomes[0]?.ok ? "A" : "B";
    expect((await library.load(map.id))?.title).toBe(winner);
  });

  it("forgets the revision with the map", async () => {
    const library = await freshLibrary();
    const map = createJourneyMap();
    await library.save(map);
    await library.save(map);
    await library.remove(map.id);
    expect(await library.saveIfUnchanged(map, 0)).toMatchObject({ ok: true, revision: { number: 1 } });
  });
});

describe("IndexedDbMapLibrary across tabs (two connections to one database)", () => {
  it("refuses the second tab's save when the first tab stored since it loaded", async () => {
    const databaseName = `two-tabs-${n++}`;
    const [tabA, tabB] = await Promise.all([
      openIndexedDbMapLibrary({ databaseName }),
      openIndexedDbMapLibrary({ databaseName }),
    ]);
    const map = createJourneyMap({ title: "Shared" });
    await tabA.save(map);
    const loadedByB = await tabB.loadVersion(map.id);
    expect(loadedByB?.revision.number).toBe(1);
    expect(await tabA.saveIfUnchanged({ ...map, title: "A's edit" }, 1)).toMatchObject({ ok: true });
    const refused = await tabB.saveIfUnchanged({ ...map, title: "B's edit" }, 1);
    expect(refused).toEqual({ ok: false, current: { number: 2, writer: tabA.writer } });
    expect((await tabB.load(map.id))?.title).toBe("A's edit");
  });

  it("races: one of two tabs stores, the other is refused", async () => {
    const databaseName = `race-${n++}`;
    const [tabA, tabB] = await Promise.all([
      openIndexedDbMapLibrary({ databaseName }),
      openIndexedDbMapLibrary({ databaseName }),
    ]);
    const map = createJourneyMap();
    const outcomes = await Promise.all([
      tabA.saveIfUnchanged({ ...map, title: "A" }, 0),
      tabB.saveIfUnchanged({ ...map, title: "B" }, 0),
    ]);
    expect(outcomes.map((o) => o.ok).sort()).toEqual([false, true]);
  });

  it("tells the other tab about a save through the map's channel, and not the tab that saved", async () => {
    const databaseName = `watch-${n++}`;
    const [tabA, tabB] = await Promise.all([
      openIndexedDbMapLibrary({ databaseName }),
      openIndexedDbMapLibrary({ databaseName }),
    ]);
    const map = createJourneyMap();
    const heardByA: MapRevision[] = [];
    const heardByB: MapRevision[] = [];
    const stopA = tabA.watch(map.id, (r) => heardByA.push(r));
    const stopB = tabB.watch(map.id, (r) => heardByB.push(r));
    const stopOther = tabB.watch("another-map", (r) => heardByB.push(r));
    await tabA.saveIfUnchanged(map, 0);
    await vi.waitFor(() => expect(heardByB).toEqual([{ number: 1, writer: tabA.writer }]));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heardByA).toEqual([]);
    expect(heardByB).toHaveLength(1);
    stopA();
    stopB();
    stopOther();
  });

  it("a full quota: the save rejects with QuotaExceededError and nothing is written", async () => {
    const library = await openIndexedDbMapLibrary({ databaseName: `quota-${n++}` });
    const map = createJourneyMap({ title: "Stored before the disk filled" });
    await library.save(map);
    vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    await expect(library.saveIfUnchanged({ ...map, title: "Lost?" }, 1)).rejects.toMatchObject({
      name: "QuotaExceededError",
    });
    await expect(library.save({ ...map, title: "Lost?" })).rejects.toMatchObject({
      name: "QuotaExceededError",
    });
    vi.restoreAllMocks();
    const version = await library.loadVersion(map.id);
    expect(version?.map.title).toBe("Stored before the disk filled");
    expect(version?.revision.number).toBe(1);
  });
});

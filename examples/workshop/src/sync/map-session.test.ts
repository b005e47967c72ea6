import { type JourneyMap, templates } from "@journeykit/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { openIndexedDbMapLibrary } from "../storage/indexeddb-map-library";
import type { MapLibrary } from "../storage/map-library";
import { MemoryMapLibrary } from "../storage/memory-map-library";
import { UnsavedMaps } from "../storage/unsaved-maps";
import { MapSession } from "./map-session";

let n = 0;
const sessions: (() => void)[] = [];
afterEach(() => {
  for (const disconnect of sessions.splice(0)) disconnect();
});

const base = templates[0]!.create();
const cardA = base.cards[0]!.id;
const cardB = base.cards[1]!.id;
const withCard = (map: JourneyMap, id: string, text: string): JourneyMap => ({
  ...map,
  cards: map.cards.map((c) => (c.id === id ? { ...c, text } : c)),
});
const cardText = (map: JourneyMap | undefined, id: string) => map?.cards.find((c) => c.id === id)?.text;

async function openTab(
  library: MapLibrary,
  options: { isEditing?: () => boolean; unsaved?: UnsavedMaps } = {},
) {
  const version = await library.loadVersion(base.id);
  if (!version) throw new Error("the map is not stored");
  const session = new MapSession({
    library,
    unsaved: options.unsaved ?? new UnsavedMaps(),
    map: version.map,
    revision: version.revision.number,
    stored: true,
    delay: 5,
    maxWait: 20,
    ...(options.isEditing ? { isEditing: options.isEditing } : {}),
  });
  sessions.push(session.connect());
  return session;
}

/** Two tabs on one map: two connections to one database, each with its own session. */
async function twoTabs(options: { editingB?: () => boolean } = {}) {
  const databaseName = `session-${n++}`;
  const [libraryA, libraryB] = await Promise.all([
    openIndexedDbMapLibrary({ databaseName }),
    openIndexedDbMapLibrary({ databaseName }),
  ]);
  await libraryA.save(base);
  const a = await openTab(libraryA);
  const b = await openTab(libraryB, options.editingB ? { isEditing: options.editingB } : {});
  return { a, b, library: libraryA };
}

/** A library whose writes fail as a full disk makes them fail, until `full` is set back to false. */
function fillable(library: MapLibrary) {
  const quota = () => Promise.reject(new DOMException("The quota has been exceeded.", "QuotaExceededError"));
  const state = { full: false };
  const wrapped: MapLibrary = Object.assign(Object.create(library) as MapLibrary, {
    save: (map: JourneyMap) => (state.full ? quota() : library.save(map)),
    saveIfUnchanged: (map: JourneyMap, expected: number) =>
      state.full ? quota() : library.saveIfUnchanged(map, expected),
  });
  return { library: wrapped, state };
}

describe("MapSession: two tabs on one map", () => {
  it("shows another tab's save quietly when this tab has nothing unsaved, as a new editor generation", async () => {
    const { a, b } = await twoTabs();
    a.edit(withCard(a.getState().map, cardA, "Edited in tab A"));
    await vi.waitFor(() => expect(cardText(b.getState().map, cardA)).toBe("Edited in tab A"));
    expect(b.getState()).toMatchObject({ generation: 1, conflict: null, save: { kind: "reloaded" } });
    expect(a.getState().save.kind).toBe("saved");
    expect(b.hasUnsavedWork()).toBe(false);
    // B edits on top of A's version: stored without a conflict, and A follows.
    b.edit(withCard(b.getState().map, cardB, "Then tab B"));
    await vi.waitFor(() => expect(cardText(a.getState().map, cardB)).toBe("Then tab B"));
    expect(cardText(a.getState().map, cardA)).toBe("Edited in tab A");
  });

  it("edits in both tabs before either saved: a conflict in one, never 'saved' for the refused save", async () => {
    const { a, b } = await twoTabs();
    a.edit(withCard(a.getState().map, cardA, "A's edit"));
    b.edit(withCard(b.getState().map, cardB, "B's edit"));
    await vi.waitFor(() => expect([a, b].filter((tab) => tab.getState().conflict)).toHaveLength(1));
    const loser = a.getState().conflict ? a : b;
    const winner = loser === a ? b : a;
    expect(loser.getState().save.kind).toBe("conflict");
    expect(loser.hasUnsavedWork()).toBe(true);
    expect(winner.getState().save.kind).toBe("saved");
    // The loser keeps its own edit on screen until it chooses; the other version is in the conflict.
    const [mine, theirs] = loser === a ? ["A's edit", "B's edit"] : ["B's edit", "A's edit"];
    const mineCard = loser === a ? cardA : cardB;
    const theirCard = loser === a ? cardB : cardA;
    expect(cardText(loser.getState().map, mineCard)).toBe(mine);
    expect(cardText(loser.getState().conflict?.theirs, theirCard)).toBe(theirs);
  });

  it("Keep mine: theirs is stored as '… (other tab)', mine over it, and the other tab follows", async () => {
    const { a, b, library } = await twoTabs();
    a.edit(withCard(a.getState().map, cardA, "A's edit"));
    b.edit(withCard(b.getState().map, cardB, "B's edit"));
    await vi.waitFor(() => expect(a.getState().conflict ?? b.getState().conflict).toBeTruthy());
    const loser = a.getState().conflict ? a : b;
    const winner = loser === a ? b : a;
    const [mineCard, theirCard] = loser === a ? [cardA, cardB] : [cardB, cardA];
    await loser.keepMine();
    expect(loser.getState()).toMatchObject({ conflict: null, save: { kind: "saved" } });
    expect(loser.hasUnsavedWork()).toBe(false);
    const stored = await library.load(base.id);
    expect(cardText(stored, mineCard)).toMatch(/edit/);
    expect(cardText(stored, theirCard)).toBe(cardText(base, theirCard));
    const { maps } = await library.list();
    const copy = maps.find((m) => m.title === `${base.title} (other tab)`);
    expect(copy).toBeDefined();
    expect(cardText(await library.load(copy?.id ?? ""), theirCard)).toMatch(/edit/);
    await vi.waitFor(() => expect(cardText(winner.getState().map, mineCard)).toMatch(/edit/));
    expect(winner.getState().conflict).toBeNull();
  });

  it("Load theirs: mine is stored as '… (your version)' first, then theirs is shown", async () => {
    const { a, b, library } = await twoTabs();
    a.edit(withCard(a.getState().map, cardA, "A's edit"));
    b.edit(withCard(b.getState().map, cardB, "B's edit"));
    await vi.waitFor(() => expect(a.getState().conflict ?? b.getState().conflict).toBeTruthy());
    const loser = a.getState().conflict ? a : b;
    const [mineCard, theirCard] = loser === a ? [cardA, cardB] : [cardB, cardA];
    const generation = loser.getState().generation;
    await loser.loadTheirs();
    expect(loser.getState()).toMatchObject({ conflict: null, generation: generation + 1 });
    expect(cardText(loser.getState().map, theirCard)).toMatch(/edit/);
    expect(cardText(loser.getState().map, mineCard)).toBe(cardText(base, mineCard));
    const { maps } = await library.list();
    const copy = maps.find((m) => m.title === `${base.title} (your version)`);
    expect(cardText(await library.load(copy?.id ?? ""), mineCard)).toMatch(/edit/);
    expect(loser.hasUnsavedWork()).toBe(false);
  });

  it("shows a conflict, not a reload, while the person is typing in the editor", async () => {
    let typing = true;
    const { a, b } = await twoTabs({ editingB: () => typing });
    a.edit(withCard(a.getState().map, cardA, "A's edit"));
    await vi.waitFor(() => expect(b.getState().conflict).not.toBeNull());
    expect(cardText(b.getState().map, cardA)).toBe(cardText(base, cardA));
    typing = false;
    // Nothing of B's was unsaved: loading theirs stores no copy.
    await b.loadTheirs();
    expect(cardText(b.getState().map, cardA)).toBe("A's edit");
  });

  it("keeps editing off the store during a conflict; later edits are what 'Keep mine' stores", async () => {
    const { a, b, library } = await twoTabs();
    b.edit(withCard(b.getState().map, cardB, "B's first"));
    a.edit(withCard(a.getState().map, cardA, "A's edit"));
    await vi.waitFor(() => expect(a.getState().conflict ?? b.getState().conflict).toBeTruthy());
    const loser = a.getState().conflict ? a : b;
    const card = loser === a ? cardA : cardB;
    loser.edit(withCard(loser.getState().map, card, "Edited during the conflict"));
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(cardText(await library.load(base.id), card)).not.toBe("Edited during the conflict");
    await loser.keepMine();
    expect(cardText(await library.load(base.id), card)).toBe("Edited during the conflict");
  });

  it("stores the edits again when another tab deleted the map meanwhile", async () => {
    const { a, library } = await twoTabs();
    await library.remove(base.id);
    a.edit(withCard(a.getState().map, cardA, "Still here"));
    await vi.waitFor(() => expect(cardText(a.getState().map, cardA)).toBe("Still here"));
    await vi.waitFor(async () => expect(cardText(await library.load(base.id), cardA)).toBe("Still here"));
    expect(a.getState().save.kind).toBe("saved");
  });
});

describe("MapSession: storage failures", () => {
  it("a full quota: not saved, the reason is kept, closing would prompt; a retry after freeing space saves", async () => {
    const { library, state } = fillable(await openIndexedDbMapLibrary({ databaseName: `quota-${n++}` }));
    await library.save(base);
    const session = await openTab(library);
    state.full = true;
    session.edit(withCard(session.getState().map, cardA, "Typed while the disk is full"));
    await vi.waitFor(() => expect(session.getState().save.kind).toBe("failed"));
    expect(session.getState().problem).toEqual({ kind: "quota", message: "this browser's storage is full" });
    expect(session.hasUnsavedWork()).toBe(true);
    // Saved to a file: nothing is lost by closing now, until the next edit.
    session.markSavedToFile(session.getState().map);
    expect(session.hasUnsavedWork()).toBe(false);
    session.edit(withCard(session.getState().map, cardB, "More"));
    await vi.waitFor(() => expect(session.getState().save.kind).toBe("failed"));
    expect(session.hasUnsavedWork()).toBe(true);
    state.full = false;
    await session.retry();
    expect(session.getState()).toMatchObject({ save: { kind: "saved" }, problem: null });
    expect(cardText(await library.load(base.id), cardB)).toBe("More");
    expect(session.hasUnsavedWork()).toBe(false);
  });

  it("leaving the map's screen with unstored edits hands them to the tab; reopening shows them", async () => {
    const unsaved = new UnsavedMaps();
    const { library, state } = fillable(await openIndexedDbMapLibrary({ databaseName: `leave-${n++}` }));
    await library.save(base);
    const session = await openTab(library, { unsaved });
    state.full = true;
    session.edit(withCard(session.getState().map, cardA, "Not stored"));
    sessions.pop()?.();
    expect(unsaved.get(base.id)?.map).toBe(session.getState().map);
    await unsaved.settled(base.id);
    expect(unsaved.get(base.id)).toMatchObject({ base: 1, problem: { kind: "quota" } });
    expect(unsaved.list()).toHaveLength(1);
  });

  it("a full quota while keeping both versions: the conflict stays open with the reason, nothing replaced", async () => {
    const databaseName = `conflict-quota-${n++}`;
    const other = await openIndexedDbMapLibrary({ databaseName });
    await other.save(base);
    const { library, state } = fillable(await openIndexedDbMapLibrary({ databaseName }));
    const mine = await openTab(library);
    mine.edit(withCard(mine.getState().map, cardA, "Mine"));
    await other.save(withCard(base, cardB, "Theirs"));
    await vi.waitFor(() => expect(mine.getState().conflict).not.toBeNull());
    state.full = true;
    await mine.keepMine();
    expect(mine.getState().conflict).toMatchObject({ resolving: false, problem: { kind: "quota" } });
    await mine.loadTheirs();
    expect(mine.getState().conflict?.problem?.kind).toBe("quota");
    expect(cardText(mine.getState().map, cardA)).toBe("Mine");
    expect(cardText(await other.load(base.id), cardB)).toBe("Theirs");
    expect((await other.list()).maps).toHaveLength(1);
    state.full = false;
    await mine.keepMine();
    expect(mine.getState().conflict).toBeNull();
    expect((await other.list()).maps.map((m) => m.title)).toContain(`${base.title} (other tab)`);
  });

  it("a map that could not be stored when it was created is stored by the first save that works", async () => {
    const library = await openIndexedDbMapLibrary({ databaseName: `unstored-${n++}` });
    const session = new MapSession({
      library,
      unsaved: new UnsavedMaps(),
      map: base,
      revision: 0,
      stored: false,
      problem: { kind: "quota", message: "this browser's storage is full" },
      delay: 5,
    });
    expect(session.getState().save.kind).toBe("failed");
    expect(session.hasUnsavedWork()).toBe(true);
    sessions.push(session.connect());
    await vi.waitFor(() => expect(session.getState().save.kind).toBe("saved"));
    expect((await library.loadVersion(base.id))?.revision.number).toBe(1);
  });

  it("in memory only: an edit is unsaved work (closing loses it) until saved to a file", async () => {
    const library = new MemoryMapLibrary("test");
    await library.save(base);
    const session = await openTab(library);
    expect(session.hasUnsavedWork()).toBe(false);
    session.edit(withCard(base, cardA, "Edited"));
    await vi.waitFor(() => expect(session.getState().save.kind).toBe("saved"));
    expect(session.hasUnsavedWork()).toBe(true);
    session.markSavedToFile(session.getState().map);
    expect(session.hasUnsavedWork()).toBe(false);
  });
});

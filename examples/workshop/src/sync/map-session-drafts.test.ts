import { type JourneyMap, templates } from "@journeykit/core";
import type { Draft } from "@journeykit/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { saveStatusText } from "../editor/SaveStatus";
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
const cardId = base.cards[0]!.id;
const typing = (text: string): Draft => ({
  target: { kind: "card", id: cardId },
  field: "text",
  place: "canvas",
  base: base.cards[0]!.text,
  text,
});
const withText = (map: JourneyMap, text: string): JourneyMap => ({
  ...map,
  cards: map.cards.map((c) => (c.id === cardId ? { ...c, text } : c)),
});

/** The library's writes, in the order they reached it. */
function recording(library: MapLibrary) {
  const writes: string[] = [];
  const wrapped: MapLibrary = Object.assign(Object.create(library) as MapLibrary, {
    saveIfUnchanged: async (map: JourneyMap, expected: number) => {
      writes.push(`map: ${map.cards.find((c) => c.id === cardId)?.text}`);
      return library.saveIfUnchanged(map, expected);
    },
    saveDrafts: async (id: string, drafts: readonly Draft[]) => {
      writes.push(`drafts: ${drafts.map((d) => d.text).join(", ")}`);
      return library.saveDrafts(id, drafts);
    },
  });
  return { library: wrapped, writes };
}

async function openTab(library: MapLibrary) {
  const version = await library.loadVersion(base.id);
  if (!version) throw new Error("the map is not stored");
  const session = new MapSession({
    library,
    unsaved: new UnsavedMaps(),
    map: version.map,
    revision: version.revision.number,
    stored: true,
    drafts: await library.loadDrafts(base.id),
    delay: 5,
    maxWait: 20,
  });
  sessions.push(session.connect());
  return session;
}

describe("MapSession keeps the text being typed with the autosave", () => {
  it("stores the drafts as typed (debounced), no map write; the status says Typing…, then Draft kept", async () => {
    const stored = await openIndexedDbMapLibrary({ databaseName: `drafts-${n++}` });
    await stored.save(base);
    const { library, writes } = recording(stored);
    const session = await openTab(library);
    const status = () => {
      const { save, problem, drafts } = session.getState();
      return saveStatusText(save, problem, library.storage, drafts);
    };
    expect(status()).toMatch(/^Saved /);
    session.editDrafts([typing("W")]);
    session.editDrafts([typing("Wait")]);
    expect(status()).toBe("Typing…");
    await vi.waitFor(() => expect(session.getState().drafts.stored).toBe(true));
    expect(status()).toBe("Draft kept");
    expect(writes).toEqual(["drafts: Wait"]);
    expect(await stored.loadDrafts(base.id)).toEqual([typing("Wait")]);
  });

  it("a commit stores the map before the drafts that no longer hold its text, then says Saved", async () => {
    const stored = await openIndexedDbMapLibrary({ databaseName: `drafts-${n++}` });
    await stored.save(base);
    const { library, writes } = recording(stored);
    const session = await openTab(library);
    session.editDrafts([typing("Waits at the counter")]);
    await vi.waitFor(() => expect(session.getState().drafts.stored).toBe(true));
    // Enter: the editor reports the draft closed, then the map with the text (either order).
    session.editDrafts([]);
    session.edit(withText(session.getState().map, "Waits at the counter"));
    await vi.waitFor(() => expect(session.getState().save.kind).toBe("saved"));
    await vi.waitFor(() => expect(session.getState().drafts.stored).toBe(true));
    expect(writes).toEqual(["drafts: Waits at the counter", "map: Waits at the counter", "drafts: "]);
    expect(await stored.loadDrafts(base.id)).toEqual([]);
    const { save, problem, drafts } = session.getState();
    expect(saveStatusText(save, problem, library.storage, drafts)).toMatch(/^Saved /);
  });

  it("drafts from the last visit stay stored until the editor has them, and offered ones until dismissed", async () => {
    const stored = await openIndexedDbMapLibrary({ databaseName: `drafts-${n++}` });
    await stored.save(base);
    const gone: Draft = { ...typing("For a card removed since"), target: { kind: "card", id: "gone" } };
    await stored.saveDrafts(base.id, [typing("Wait"), gone]);
    const session = await openTab(stored);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await stored.loadDrafts(base.id)).toHaveLength(2);
    // The editor reopened the first and could not place the second.
    session.editDrafts([typing("Wait")]);
    session.offerDrafts([gone]);
    await vi.waitFor(() => expect(session.getState().drafts.stored).toBe(true));
    expect(await stored.loadDrafts(base.id)).toEqual([typing("Wait"), gone]);
    session.dismissDraft(gone);
    await vi.waitFor(() => expect(session.getState().drafts.stored).toBe(true));
    expect(await stored.loadDrafts(base.id)).toEqual([typing("Wait")]);
  });

  it("in memory only: the status says Typing…, never that the draft is kept in the browser", async () => {
    const library = new MemoryMapLibrary("no IndexedDB");
    await library.save(base);
    const session = await openTab(library);
    session.editDrafts([typing("Wait")]);
    await vi.waitFor(() => expect(session.getState().drafts.stored).toBe(true));
    const { save, problem, drafts } = session.getState();
    expect(saveStatusText(save, problem, library.storage, drafts)).toBe("Typing…");
    // A new card open with nothing typed is not unsaved text.
    session.editDrafts([{ ...typing(""), base: "" }]);
    const next = session.getState();
    expect(saveStatusText(next.save, next.problem, library.storage, next.drafts)).toBe(
      "Kept in this tab only",
    );
  });
});

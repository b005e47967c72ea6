import { afterEach, describe, expect, it, vi } from "vitest";
import { openMapLibrary } from "../storage/open-map-library";
import { startWorkshop } from "./start-workshop";

let n = 0;

afterEach(() => vi.unstubAllGlobals());

describe("startWorkshop", () => {
  it("seeds the sample map once when two starts run at the same time", async () => {
    const databaseName = `start-${n++}`;
    const openLibrary = () => openMapLibrary({ databaseName });
    const [first, second] = await Promise.all([
      startWorkshop({ openLibrary }),
      startWorkshop({ openLibrary }),
    ]);
    const { maps } = await first.library.list();
    expect(maps).toHaveLength(1);
    expect(maps[0]?.title).toMatch(/restaurant|dish|complaint/i);
    // Exactly one of the two starts stored it, and that one knows its id.
    expect([first.sampleId, second.sampleId].filter(Boolean)).toEqual([maps[0]?.id]);
  });

  it("does not seed on a later visit", async () => {
    const databaseName = `later-${n++}`;
    const openLibrary = () => openMapLibrary({ databaseName });
    const first = await startWorkshop({ openLibrary });
    const again = await startWorkshop({ openLibrary });
    expect(first.sampleId).toBeDefined();
    expect(again.sampleId).toBeUndefined();
    expect((await again.library.list()).maps).toHaveLength(1);
  });

  it("starts in memory, with the sample map, when indexedDB.open throws", async () => {
    vi.stubGlobal("indexedDB", {
      open() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
    const { library, sampleId } = await startWorkshop();
    expect(library.storage.kind).toBe("memory");
    expect(sampleId).toBeDefined();
    expect(await library.load(sampleId ?? "")).toBeDefined();
  });

  it("still starts when the sample cannot be stored", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const library = await openMapLibrary({ databaseName: `broken-seed-${n++}` });
    library.seed = () => Promise.reject(new DOMException("Quota exceeded", "QuotaExceededError"));
    const start = await startWorkshop({ openLibrary: async () => library });
    expect(start).toEqual({ library, sampleId: undefined });
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});

import { createJourneyMap } from "@journeykit/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { openMapLibrary } from "./open-map-library";

let n = 0;
const databaseName = () => `open-${n++}`;

/** An open request that fires only what the test tells it to, like a broken or hung IndexedDB. */
function fakeOpenRequest() {
  const request = { error: null as DOMException | null } as {
    error: DOMException | null;
    onerror: ((event: Event) => void) | null;
    onblocked: (() => void) | null;
    onsuccess: (() => void) | null;
    result?: unknown;
  };
  const factory = { open: vi.fn(() => request) } as unknown as IDBFactory;
  return { request, factory };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe("openMapLibrary", () => {
  it("uses IndexedDB when it opens", async () => {
    const library = await openMapLibrary({ databaseName: databaseName() });
    expect(library.storage).toEqual({ kind: "indexeddb" });
  });

  it("falls back to memory when the browser has no indexedDB", async () => {
    vi.stubGlobal("indexedDB", undefined);
    const library = await openMapLibrary({ databaseName: databaseName() });
    expect(library.storage).toEqual({ kind: "memory", reason: "this browser offers no IndexedDB" });
  });

  it("falls back to memory when indexedDB.open throws (SecurityError in a locked-down browser)", async () => {
    vi.stubGlobal("indexedDB", {
      open() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
    const library = await openMapLibrary({ databaseName: databaseName() });
    expect(library.storage.kind).toBe("memory");
    expect(library.storage.kind === "memory" && library.storage.reason).toMatch(
      /refused to open \(SecurityError: The operation is insecure\)$/,
    );
  });

  it("falls back to memory when the open request reports an error (Firefox private mode)", async () => {
    const { request, factory } = fakeOpenRequest();
    vi.stubGlobal("indexedDB", factory);
    const opening = openMapLibrary({ databaseName: databaseName() });
    request.error = new DOMException("A mutation operation was attempted", "InvalidStateError");
    request.onerror?.(new Event("error"));
    const library = await opening;
    expect(library.storage.kind === "memory" && library.storage.reason).toMatch(
      /failed to open \(InvalidStateError/,
    );
  });

  it("falls back to memory after 3 s when the open request never answers", async () => {
    vi.useFakeTimers();
    const { factory } = fakeOpenRequest();
    vi.stubGlobal("indexedDB", factory);
    let library: Awaited<ReturnType<typeof openMapLibrary>> | undefined;
    void openMapLibrary({ databaseName: databaseName() }).then((opened) => {
      library = opened;
    });
    await vi.advanceTimersByTimeAsync(2999);
    expect(library).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(library?.storage).toEqual({ kind: "memory", reason: "IndexedDB did not answer within 3 s" });
  });

  it("closes a database that opens only after the app went on without it", async () => {
    vi.useFakeTimers();
    const { request, factory } = fakeOpenRequest();
    vi.stubGlobal("indexedDB", factory);
    const opening = openMapLibrary({ databaseName: databaseName() });
    await vi.advanceTimersByTimeAsync(3000);
    expect((await opening).storage.kind).toBe("memory");
    const close = vi.fn();
    request.result = { close };
    request.onsuccess?.();
    expect(close).toHaveBeenCalledTimes(1);
  });

  it("names a blocked open when it times out", async () => {
    vi.useFakeTimers();
    const { request, factory } = fakeOpenRequest();
    vi.stubGlobal("indexedDB", factory);
    const opening = openMapLibrary({ databaseName: databaseName(), timeoutMs: 1000 });
    request.onblocked?.();
    await vi.advanceTimersByTimeAsync(1000);
    const library = await opening;
    expect(library.storage.kind === "memory" && library.storage.reason).toMatch(/blocked by another tab/);
  });

  it("works in memory after the fallback: save, list, load", async () => {
    vi.stubGlobal("indexedDB", undefined);
    const library = await openMapLibrary();
    const map = createJourneyMap({ title: "In memory" });
    await library.save(map);
    expect((await library.list()).maps.map((m) => m.title)).toEqual(["In memory"]);
    expect(await library.load(map.id)).toEqual(map);
  });
});

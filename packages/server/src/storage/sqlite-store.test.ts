import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openSqliteStore } from "./sqlite-store.js";

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const file = () => {
  const folder = mkdtempSync(join(tmpdir(), "journeykit-sqlite-"));
  folders.push(folder);
  return join(folder, "data", "journeykit.sqlite");
};

describe("openSqliteStore", () => {
  it("keeps every room's state in one file across a reopen", async () => {
    const path = file();
    const store = await openSqliteStore(path);
    store.store("b-room", new Uint8Array([1, 2, 3]));
    store.store("a-room", new Uint8Array([4]));
    store.store("b-room", new Uint8Array([5, 6]));
    store.close();
    const again = await openSqliteStore(path);
    expect(again.rooms()).toEqual(["a-room", "b-room"]);
    expect(again.fetch("b-room")).toEqual(new Uint8Array([5, 6]));
    expect(again.fetch("missing")).toBeNull();
    again.close();
  });

  it("writes the file after a burst of stores without waiting for close", async () => {
    const path = file();
    const store = await openSqliteStore(path, 20);
    for (let i = 0; i < 50; i++) store.store(`room-${i}`, new Uint8Array([i]));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const reader = await openSqliteStore(path);
    expect(reader.rooms()).toHaveLength(50);
    reader.close();
    store.close();
  });
});

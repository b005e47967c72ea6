import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { snapshotFile } from "./write-snapshot.js";

describe("snapshotFile", () => {
  it("keeps a room name the tokens allow as the file name", () => {
    expect(snapshotFile("data", "workshop-42")).toBe(join("data", "snapshots", "workshop-42.journey.json"));
  });

  it("never lets a room name reach outside <data>/snapshots (a host-signed token for ../../x)", () => {
    for (const room of ["../../x", "..", "a/b", "a\\b", "/etc/passwd", "x\u0000y", "%2e%2e", ""]) {
      const file = resolve(snapshotFile("data", room));
      expect(file.startsWith(`${resolve("data", "snapshots")}/`), room).toBe(true);
      expect(file).toMatch(/\/room-[0-9a-f]{64}\.journey\.json$/);
    }
    expect(snapshotFile("data", "../../x")).not.toBe(snapshotFile("data", "../../y"));
  });
});

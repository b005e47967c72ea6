import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openRoomRegistry, ROOMS_FILE } from "./room-registry.js";

const dirs: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), "jk-rooms-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the facilitator's room list", () => {
  it("keeps rooms across restarts, the most recently active first", () => {
    const dir = folder();
    let at = Date.parse("2026-12-07T09:00:00Z");
    const now = () => new Date(at);
    const rooms = openRoomRegistry(dir, { now });
    rooms.add({ room: "kickoff-aaaaaa", title: "Kick-off", createdAt: now().toISOString() });
    at += 60_000;
    rooms.add({ room: "review-bbbbbb", title: "Review", mapId: "m2", createdAt: now().toISOString() });
    at += 60_000;
    rooms.touch("kickoff-aaaaaa");
    rooms.flush();
    const again = openRoomRegistry(dir);
    expect(again.list().map((room) => room.room)).toEqual(["kickoff-aaaaaa", "review-bbbbbb"]);
    expect(again.get("kickoff-aaaaaa")?.lastActivity).toBe("2026-12-07T09:02:00.000Z");
    expect(again.get("review-bbbbbb")?.mapId).toBe("m2");
  });

  it("ends a room for good (written at once), and ignores rooms it never started", () => {
    const dir = folder();
    const rooms = openRoomRegistry(dir);
    rooms.add({ room: "w-1", title: "W", createdAt: new Date().toISOString() });
    expect(rooms.isEnded("w-1")).toBe(false);
    expect(rooms.end("w-1")?.endedAt).toBeTruthy();
    expect(openRoomRegistry(dir).isEnded("w-1")).toBe(true);
    expect(rooms.end("host-signed-room")).toBeUndefined();
    expect(rooms.isEnded("host-signed-room")).toBe(false);
    rooms.touch("host-signed-room");
    expect(rooms.list()).toHaveLength(1);
  });

  it("refuses a broken list instead of starting an empty one over it", () => {
    const dir = folder();
    writeFileSync(join(dir, ROOMS_FILE), "{ broken");
    expect(() => openRoomRegistry(dir)).toThrow("not readable JSON");
    expect(readFileSync(join(dir, ROOMS_FILE), "utf8")).toBe("{ broken");
  });

  it("gives a room two join codes, the same ones on every reopen (later expiry kept), found again after a restart", () => {
    const dir = folder();
    const rooms = openRoomRegistry(dir);
    rooms.add({ room: "w-1", title: "W", createdAt: new Date().toISOString() });
    rooms.add({ room: "w-2", title: "W2", createdAt: new Date().toISOString() });
    expect(rooms.giveLinks("nobody", "2026-12-07T21:00:00.000Z")).toBeUndefined();
    const links = rooms.giveLinks("w-1", "2026-12-07T21:00:00.000Z")!;
    expect(links.participant).toMatch(/^[0-9a-z]{9}$/);
    expect(links.projector).not.toBe(links.participant);
    const other = rooms.giveLinks("w-2", "2026-12-07T21:00:00.000Z")!;
    expect([other.participant, other.projector]).not.toContain(links.participant);
    const reopened = rooms.giveLinks("w-1", "2026-12-08T21:00:00.000Z")!;
    expect(reopened).toEqual({ ...links, expiresAt: "2026-12-08T21:00:00.000Z" });
    // An older expiry (a clock set back) never shortens links already given.
    expect(rooms.giveLinks("w-1", "2026-12-01T00:00:00.000Z")?.expiresAt).toBe("2026-12-08T21:00:00.000Z");
    const again = openRoomRegistry(dir);
    expect(again.byCode(links.participant)).toMatchObject({ record: { room: "w-1" }, role: "participant" });
    expect(again.byCode(links.projector)).toMatchObject({ record: { room: "w-1" }, role: "projector" });
    expect(again.byCode(other.participant)).toMatchObject({ record: { room: "w-2" }, role: "participant" });
    expect(again.byCode("000000000")).toBeUndefined();
  });
});

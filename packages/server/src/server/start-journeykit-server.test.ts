import { existsSync, readFileSync } from "node:fs";
import { createCollabAdapter, docToMap, mapToDoc } from "@journeykit/collab";
import { createJourneyMap, parseJourneyMap, updateMap, validateJourneyMap } from "@journeykit/core";
import { decodeJwt } from "jose";
import { afterEach, describe, expect, it } from "vitest";
import {
  connectClient,
  type RoomClient,
  SECRET,
  startTestServer,
  tempDataDir,
  tokenFor,
  waitFor,
} from "../../test/room-client.js";
import { snapshotFile } from "../snapshots/write-snapshot.js";
import { signRoomToken, verifyRoomToken } from "../tokens/room-token.js";
import { type JourneykitServer, startJourneykitServer } from "./start-journeykit-server.js";

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const dataDirs: (() => void)[] = [];
afterEach(() => {
  for (const remove of dataDirs.splice(0)) remove();
});

/** A server on a new data folder, or on `dir` (a restart); stopped by the cleanups. */
async function server(dir?: string) {
  let folder = dir;
  if (folder === undefined) {
    const data = tempDataDir();
    dataDirs.push(data.remove);
    folder = data.dir;
  }
  const started = await startTestServer(folder);
  cleanups.push(() => started.close());
  return { server: started, dir: folder };
}

/** Disconnect every client and stop the server (what a crash-free shutdown does). */
async function stopAll() {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
}

function client(running: JourneykitServer, room: string, token: string | null): RoomClient {
  const connected = connectClient(running, room, token);
  cleanups.push(connected.close);
  return connected;
}

const map = () => createJourneyMap({ id: "map", title: "Workshop", now: new Date("2026-01-01T00:00:00Z") });

/** Seed a room through an edit client, and return it once the server has the map. */
async function seeded(running: JourneykitServer, room: string) {
  const editor = client(running, room, await tokenFor(room, "edit"));
  await editor.ready;
  mapToDoc(map(), editor.doc);
  await waitFor("the seed to reach the server", () => editor.provider.unsyncedChanges === 0);
  return editor;
}

describe("journeykit-server: tokens", () => {
  it("refuses a missing, a wrongly signed and an expired token", async () => {
    const { server: running } = await server();
    await expect(client(running, "r1", null).ready).rejects.toThrow("refused");
    const { signRoomToken } = await import("../tokens/room-token.js");
    const forged = await signRoomToken({ room: "r1", name: "Eve", role: "edit" }, "not-the-server-secret!!");
    await expect(client(running, "r1", forged).ready).rejects.toThrow("refused");
    const expired = await signRoomToken({ room: "r1", name: "Old", role: "edit" }, SECRET, "-1s");
    await expect(client(running, "r1", expired).ready).rejects.toThrow("refused");
    const otherRoom = await tokenFor("r2", "edit");
    await expect(client(running, "r1", otherRoom).ready).rejects.toThrow("refused");
    await expect(client(running, "r1", await tokenFor("r1", "edit")).ready).resolves.toBeUndefined();
  });

  it("drops a view token's writes: other clients never see them and they are not stored", async () => {
    const { server: running, dir } = await server();
    const editor = await seeded(running, "room");
    const viewer = client(running, "room", await tokenFor("room", "view"));
    await viewer.ready;
    await waitFor("the viewer to receive the map", () => docToMap(viewer.doc)?.title === "Workshop");
    const adapter = createCollabAdapter({ doc: viewer.doc });
    const before = adapter.getMap()!;
    adapter.applyLocal(before, updateMap(before, { changes: { title: "Written by a viewer" } }));
    // Give the write every chance to arrive, then check it did not.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(docToMap(editor.doc)?.title).toBe("Workshop");
    const response = await fetch(`${running.url}/rooms/room/map`, {
      headers: { authorization: `Bearer ${await tokenFor("room", "view")}` },
    });
    expect((await response.json()).title).toBe("Workshop");
    // And after a restart from the same data folder.
    await stopAll();
    const again = await server(dir);
    const reader = client(again.server, "room", await tokenFor("room", "view"));
    await reader.ready;
    expect(docToMap(reader.doc)?.title).toBe("Workshop");
  });
});

describe("journeykit-server: rooms", () => {
  it("two edit clients converge on one map", async () => {
    const { server: running } = await server();
    const a = await seeded(running, "room");
    const b = client(running, "room", await tokenFor("room", "edit"));
    await b.ready;
    await waitFor("b to receive the map", () => docToMap(b.doc) !== undefined);
    const adapterA = createCollabAdapter({ doc: a.doc });
    const adapterB = createCollabAdapter({ doc: b.doc });
    const mapA = adapterA.getMap()!;
    adapterA.applyLocal(mapA, updateMap(mapA, { changes: { title: "From A" } }));
    const mapB = adapterB.getMap()!;
    adapterB.applyLocal(mapB, updateMap(mapB, { changes: { description: "From B" } }));
    await waitFor("both edits everywhere", () => {
      const seenA = adapterA.getMap();
      const seenB = adapterB.getMap();
      return (
        seenA?.title === "From A" &&
        seenA.description === "From B" &&
        JSON.stringify(seenA) === JSON.stringify(seenB)
      );
    });
    expect(validateJourneyMap(adapterA.getMap()).ok).toBe(true);
  });

  it("keeps a room when the server is stopped and started again on the same data folder", async () => {
    const { server: running, dir } = await server();
    const a = await seeded(running, "kept");
    const adapter = createCollabAdapter({ doc: a.doc });
    const before = adapter.getMap()!;
    adapter.applyLocal(before, updateMap(before, { changes: { title: "Survives a restart" } }));
    await waitFor("the edit to reach the server", () => a.provider.unsyncedChanges === 0);
    await stopAll();
    const again = await server(dir);
    const b = client(again.server, "kept", await tokenFor("kept", "view"));
    await b.ready;
    expect(docToMap(b.doc)?.title).toBe("Survives a restart");
  });
});

describe("journeykit-server: HTTP", () => {
  it("answers /health, and GET/PUT /rooms/:room/map with a bearer token", async () => {
    const { server: running } = await server();
    expect(await (await fetch(`${running.url}/health`)).json()).toMatchObject({ ok: true });
    // Browsers on another origin (the workshop app) may call it: a preflight answers, answers carry CORS.
    const preflight = await fetch(`${running.url}/rooms/http-room/map`, { method: "OPTIONS" });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")).toContain("Authorization");
    expect((await fetch(`${running.url}/health`)).headers.get("access-control-allow-origin")).toBe("*");
    const url = `${running.url}/rooms/http-room/map`;
    const edit = { authorization: `Bearer ${await tokenFor("http-room", "edit")}` };
    const view = { authorization: `Bearer ${await tokenFor("http-room", "view")}` };
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: view })).status).toBe(404);
    const body = JSON.stringify(map());
    expect((await fetch(url, { method: "PUT", headers: view, body })).status).toBe(403);
    const bad = await fetch(url, {
      method: "PUT",
      headers: edit,
      body: JSON.stringify({ ...map(), state: "later" }),
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0]).toMatchObject({ path: "state" });
    expect((await fetch(url, { method: "PUT", headers: edit, body })).status).toBe(200);
    const watcher = client(running, "http-room", await tokenFor("http-room", "view"));
    await watcher.ready;
    expect(docToMap(watcher.doc)).toEqual(JSON.parse(body));
    expect(await (await fetch(url, { headers: view })).json()).toEqual(JSON.parse(body));
    // A restore while someone is connected: they see it at once.
    const restored = JSON.stringify({ ...JSON.parse(body), title: "Restored" });
    expect((await fetch(url, { method: "PUT", headers: edit, body: restored })).status).toBe(200);
    await waitFor("the restore at the connected client", () => docToMap(watcher.doc)?.title === "Restored");
    expect(docToMap(watcher.doc)).toEqual(JSON.parse(restored));
    const snapshot = await fetch(`${running.url}/rooms/http-room/snapshot`, {
      method: "POST",
      headers: edit,
    });
    expect((await snapshot.json()).file).toMatch(/snapshots\/http-room\.journey\.json$/);
  });
});

describe("journeykit-server: invites", () => {
  it("the facilitator's token gets a participant's edit or view token that ends with its own; nobody else's does", async () => {
    const { server: running } = await server();
    const url = `${running.url}/rooms/invite-room/invite`;
    const host = await signRoomToken(
      { room: "invite-room", name: "Ana", role: "edit", facilitator: true },
      SECRET,
      "2h",
    );
    const invite = async (token: string, body?: string) =>
      fetch(url, {
        method: "POST",
        headers: { authorization: `Bearer ${token}` },
        ...(body ? { body } : {}),
      });
    const answer = await invite(host);
    expect(answer.status).toBe(200);
    const { token, role, expiresAt } = await answer.json();
    expect(role).toBe("edit");
    expect(await verifyRoomToken(token, SECRET, "invite-room")).toEqual({
      room: "invite-room",
      name: "participant",
      role: "edit",
    });
    expect(expiresAt).toBe(new Date(decodeJwt(host).exp! * 1000).toISOString());
    expect(decodeJwt(token).exp).toBe(decodeJwt(host).exp);
    const viewer = await (await invite(host, JSON.stringify({ role: "view" }))).json();
    expect(await verifyRoomToken(viewer.token, SECRET, "invite-room")).toMatchObject({ role: "view" });
    // A participant's link cannot mint more links, nor can a bad body.
    const refused = await invite(token);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error).toBe("only the facilitator's token can invite people");
    expect((await invite(host, JSON.stringify({ role: "admin" }))).status).toBe(400);
    expect((await invite(host, "{")).status).toBe(400);
    expect((await fetch(url, { method: "POST" })).status).toBe(401);
    // The participant's token joins the room.
    await expect(client(running, "invite-room", token).ready).resolves.toBeUndefined();
  });
});

describe("journeykit-server: snapshots", () => {
  it("writes each open room's .journey.json on its schedule, and it parses as a valid map", async () => {
    const data = tempDataDir();
    dataDirs.push(data.remove);
    const running = await startJourneykitServer({
      port: 0,
      host: "127.0.0.1",
      dataDir: data.dir,
      secret: SECRET,
      snapshotEverySeconds: 0.2,
    });
    cleanups.push(() => running.close());
    await seeded(running, "scheduled");
    const file = snapshotFile(data.dir, "scheduled");
    await waitFor("the scheduled snapshot", () => existsSync(file));
    const parsed = parseJourneyMap(readFileSync(file, "utf8"));
    expect(parsed.ok && parsed.map.title).toBe("Workshop");
  });
});

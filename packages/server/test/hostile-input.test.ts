import { docToMap, mapToDoc } from "@journeykit/collab";
import { createCard, createJourneyMap, type JourneyMap, validateJourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { connectClient, SECRET, tempDataDir, tokenFor, waitFor } from "./room-client.js";
import { freePort, processesUnderTest, spawnServer } from "./server-process.js";

// The built `journeykit-server` as its own process: "the server stops" means the process exits, which
// only a separate process shows (an in-process server would take the test runner down instead).
const { running, clients, folders } = processesUnderTest();

async function serverProcess(extra: string[] = []) {
  const data = tempDataDir();
  folders.push(data.remove);
  const port = await freePort();
  const child = await spawnServer([
    ...["--port", String(port), "--host", "127.0.0.1", "--data", data.dir, "--secret", SECRET],
    ...["--snapshot-every", "0", ...extra],
  ]);
  running.push(child);
  const url = `http://127.0.0.1:${port}`;
  const alive = async () => {
    expect(child.exitCode, "the server process exited").toBeNull();
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
  };
  return { url, child, alive, dir: data.dir };
}

async function join(url: string, room: string) {
  const client = connectClient({ url }, room, await tokenFor(room, "edit"));
  clients.push(client);
  await client.ready;
  return client;
}

/** A map with `count` cards, all in its first stage, spread over its lanes. */
function bigMap(count: number): JourneyMap {
  const map = createJourneyMap({ id: "map", title: "Big room", now: new Date("2026-01-01T00:00:00Z") });
  const cards = Array.from({ length: count }, (_, i) =>
    createCard({
      id: `c${i}`,
      laneId: map.lanes[i % map.lanes.length]!.id,
      stageId: map.stages[0]!.id,
      text: `card ${i}`,
    }),
  );
  return { ...map, cards };
}

describe("journeykit-server under hostile input", () => {
  it("answers malformed room names and tokens with an error for that request, and keeps serving", async () => {
    const { url, alive } = await serverProcess();
    const answers: [string, RequestInit, number][] = [
      ["/rooms/%ZZ/map", {}, 400],
      ["/rooms/%E0%A4%A/map", {}, 400],
      ["/rooms/%ZZ/snapshot", { method: "POST" }, 400],
      ["/rooms/..%2F..%2Fx/map", {}, 400],
      ["/rooms/ok/map", { headers: { Authorization: "Bearer not.a.jwt" } }, 401],
      ["/rooms/ok/map", { headers: { Authorization: "Bearer %%%" } }, 401],
      ["/rooms/ok/map", { method: "PUT", headers: { Authorization: "Bearer" } }, 401],
    ];
    for (const [path, init, status] of answers) {
      const response = await fetch(`${url}${path}`, init);
      expect(response.status, path).toBe(status);
      expect((await response.json()).error, path).toEqual(expect.any(String));
      await alive();
    }
  });

  it("a 12,000-card room whose stage a participant deletes stays readable for everyone, and the server stays up", async () => {
    const { url, alive } = await serverProcess(["--snapshot-every", "1"]);
    const map = bigMap(12_000);
    const hostile = await join(url, "big");
    mapToDoc(map, hostile.doc);
    await waitFor("the seed to reach the server", () => hostile.provider.unsyncedChanges === 0, 60_000);
    const gone = map.stages[0]!.id;
    // What a modified client can send: the stage alone, its 12,000 cards left pointing at nothing.
    hostile.doc.getMap("stages").delete(gone);
    await waitFor("the deletion to reach the server", () => hostile.provider.unsyncedChanges === 0, 60_000);
    // The snapshot timer runs over the damaged room (it ended the process before).
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await alive();

    const token = await tokenFor("big", "view");
    const response = await fetch(`${url}/rooms/big/map`, { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const served = (await response.json()) as JourneyMap;
    expect(validateJourneyMap(served).ok).toBe(true);
    expect(served.cards).toEqual([]);
    expect(served.stages.some((stage) => stage.id === gone)).toBe(false);

    const newcomer = await join(url, "big");
    await waitFor("the newcomer to read the room's map", () => docToMap(newcomer.doc) !== undefined, 60_000);
    expect(docToMap(newcomer.doc)!.stages.length).toBe(map.stages.length - 1);
    await alive();
  }, 120_000);
});

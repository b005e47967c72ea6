import { type ChildProcess, spawn } from "node:child_process";
import { type CollaborationAdapter, createCollabAdapter, docToMap, mapToDoc } from "@journeykit/collab";
import { createJourneyMap, type JourneyMap, updateMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { connectClient, type RoomClient, SECRET, tempDataDir, tokenFor, waitFor } from "./room-client.js";
import { freePort, killHard, processesUnderTest, spawnServer } from "./server-process.js";

// The built `journeykit-server` as its own process, stopped the way a host stops it (Ctrl-C, `docker
// stop`, systemd): SIGTERM or SIGINT, with participants still connected and their last edits not yet
// stored (the store is debounced by a few seconds).
const { running, clients, folders } = processesUnderTest();

/** How long a stop may take: `docker stop` waits 10 s before SIGKILL; a laptop user waits less. */
const EXIT_WITHIN_MS = 2_500;

async function serverOn(dir: string, port: number, extra: string[] = []) {
  const child = await spawnServer([
    ...["--port", String(port), "--host", "127.0.0.1", "--data", dir, "--secret", SECRET],
    ...["--snapshot-every", "300", ...extra],
  ]);
  running.push(child);
  return child;
}

async function editor(url: string, room: string) {
  const client = connectClient({ url }, room, await tokenFor(room, "edit"));
  clients.push(client);
  await client.ready;
  return client;
}

function retitle(adapter: CollaborationAdapter, title: string) {
  const before = adapter.getMap()!;
  adapter.applyLocal(before, updateMap(before, { changes: { title } }));
}

/** Send `signal`; resolve with the exit code and how long the process took (Infinity: still up after 10 s). */
function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<{ code: number | null; ms: number }> {
  const sent = performance.now();
  return new Promise((resolve) => {
    const hung = setTimeout(() => resolve({ code: null, ms: Number.POSITIVE_INFINITY }), 10_000);
    child.once("exit", (code) => {
      clearTimeout(hung);
      resolve({ code, ms: performance.now() - sent });
    });
    child.kill(signal);
  });
}

/** Debian's redis-server on 127.0.0.1 and a free port, without persistence. */
async function startRedis(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  running.push(child);
  await new Promise<void>((resolve, reject) => {
    let output = "";
    child.once("error", (error) => reject(new Error(`redis-server could not run: ${error.message}`)));
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Ready to accept connections")) resolve();
    });
  });
  return { url: `redis://127.0.0.1:${port}`, child };
}

async function storedMap(url: string, room: string): Promise<JourneyMap> {
  const response = await fetch(`${url}/rooms/${room}/map`, {
    headers: { authorization: `Bearer ${await tokenFor(room, "view")}` },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as JourneyMap;
}

const scenarios = [
  { signal: "SIGTERM", redis: false, what: "with participants connected" },
  // Redis gone before the stop: its store lock and its `quit` never settle (the server hung, and the
  // last edits were never stored).
  { signal: "SIGINT", redis: true, what: "after its Redis went away" },
] as const;

describe("journeykit-server stopped with a signal", () => {
  for (const { signal, redis, what } of scenarios) {
    it(`on ${signal} ${what}, stores the edits made just before it and exits 0 promptly`, async () => {
      const data = tempDataDir();
      folders.push(data.remove);
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      const shared = redis ? await startRedis() : undefined;
      const child = await serverOn(data.dir, port, shared ? ["--redis", shared.url] : []);
      const rooms = ["morning", "afternoon"];
      const adapters: CollaborationAdapter[] = [];
      const participants: RoomClient[] = [];
      for (const room of rooms) {
        const a = await editor(url, room);
        participants.push(a);
        mapToDoc(createJourneyMap({ id: "map", title: `${room} seed` }), a.doc);
        const b = await editor(url, room);
        await waitFor(`${room}: the second participant to read the map`, () => docToMap(b.doc) !== undefined);
        const adapter = createCollabAdapter({ doc: a.doc });
        adapters.push(adapter);
        await waitFor(`${room}: the seed to reach the server`, () => a.provider.unsyncedChanges === 0);
      }
      // The last edits: received by the server a moment before the signal, not yet stored.
      for (const [i, room] of rooms.entries()) retitle(adapters[i]!, `${room}: last word before the stop`);
      await waitFor("the last edits to reach the server", () =>
        participants.every((client) => client.provider.unsyncedChanges === 0),
      );
      if (shared) await killHard(shared.child);

      const { code, ms } = await stop(child, signal);
      console.info(`journeykit-server exited ${ms.toFixed(0)} ms after ${signal}`);
      expect(ms).toBeLessThan(EXIT_WITHIN_MS);
      expect(code).toBe(0);
      running.splice(running.indexOf(child), 1);

      // The participants are still trying to reconnect; close them so only the store speaks.
      for (const client of clients.splice(0)) client.close();
      await serverOn(data.dir, port);
      for (const room of rooms) {
        expect((await storedMap(url, room)).title).toBe(`${room}: last word before the stop`);
      }
    });
  }
});

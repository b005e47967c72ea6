import { type ChildProcess, spawn } from "node:child_process";
import { createCollabAdapter, docToMap, mapToDoc } from "@journeykit/collab";
import { createJourneyMap, updateMap } from "@journeykit/core";
import { afterEach, describe, expect, it } from "vitest";
import type { JourneykitServer } from "../src/index.js";
import {
  connectClient,
  type RoomClient,
  startTestServer,
  tempDataDir,
  tokenFor,
  waitFor,
} from "./room-client.js";
import { freePort, killHard } from "./server-process.js";

const stops: (() => unknown)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

/** Debian's redis-server on 127.0.0.1 and a free port, without persistence; killed after the test. */
async function startRedis(): Promise<string> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  stops.push(() => killHard(child));
  await new Promise<void>((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`redis-server did not start: ${output}`)), 10_000);
    child.once("error", (error) =>
      reject(new Error(`redis-server could not run (apt-get install redis-server): ${error.message}`)),
    );
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Ready to accept connections")) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return `redis://127.0.0.1:${port}`;
}

async function instance(redis: string, name: string): Promise<JourneykitServer> {
  const data = tempDataDir();
  const server = await startTestServer(data.dir, { redis, instanceName: name });
  stops.push(data.remove, () => server.close());
  return server;
}

describe("journeykit-server with --redis", () => {
  it("clients connected to two different instances converge on one map", async () => {
    const redis = await startRedis();
    const one = await instance(redis, "one");
    const two = await instance(redis, "two");
    const join = async (server: JourneykitServer) => {
      const client: RoomClient = connectClient(server, "shared", await tokenFor("shared", "edit"));
      stops.push(client.close);
      await client.ready;
      return client;
    };
    const a = await join(one);
    mapToDoc(createJourneyMap({ id: "map", title: "Scaled" }), a.doc);
    const b = await join(two);
    await waitFor("the map to reach the other instance's client", () => docToMap(b.doc)?.title === "Scaled");
    const adapterA = createCollabAdapter({ doc: a.doc });
    const adapterB = createCollabAdapter({ doc: b.doc });
    const mapB = adapterB.getMap()!;
    adapterB.applyLocal(mapB, updateMap(mapB, { changes: { description: "Through Redis" } }));
    const mapA = adapterA.getMap()!;
    adapterA.applyLocal(mapA, updateMap(mapA, { changes: { title: "Scaled out" } }));
    await waitFor(
      "both edits on both instances' clients",
      () =>
        adapterA.getMap()?.description === "Through Redis" &&
        adapterB.getMap()?.title === "Scaled out" &&
        JSON.stringify(adapterA.getMap()) === JSON.stringify(adapterB.getMap()),
    );
    expect(adapterB.getMap()).toEqual(adapterA.getMap());
  });
});

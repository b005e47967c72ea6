import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type CollaborationAdapter, createCollabAdapter, docToMap, mapToDoc } from "@journeykit/collab";
import {
  addStage,
  createJourneyMap,
  createStage,
  type Operation,
  parseJourneyMap,
  updateMap,
} from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { connectClient, SECRET, tempDataDir, tokenFor, waitFor } from "./room-client.js";
import { freePort, killHard, processesUnderTest, spawnServer } from "./server-process.js";

const { running, clients, folders } = processesUnderTest();

function edit<A>(adapter: CollaborationAdapter, operation: Operation<A>, args: A) {
  const before = adapter.getMap()!;
  adapter.applyLocal(before, operation(before, args));
}

describe("journeykit-server killed mid-workshop", () => {
  it("restarted on the same data folder, every edit from both participants survives, made before or during the outage", async () => {
    const data = tempDataDir();
    folders.push(data.remove);
    const port = await freePort();
    const args = [
      "--port",
      String(port),
      "--host",
      "127.0.0.1",
      "--data",
      data.dir,
      "--secret",
      SECRET,
      "--snapshot-every",
      "0",
    ];
    running.push(await spawnServer(args));
    const url = `http://127.0.0.1:${port}`;
    const join = async () => {
      const client = connectClient({ url }, "crash", await tokenFor("crash", "edit"));
      clients.push(client);
      await client.ready;
      return client;
    };
    const a = await join();
    mapToDoc(createJourneyMap({ id: "map", title: "Before" }), a.doc);
    const b = await join();
    await waitFor("b to receive the map", () => docToMap(b.doc) !== undefined);
    const adapterA = createCollabAdapter({ doc: a.doc });
    const adapterB = createCollabAdapter({ doc: b.doc });
    edit(adapterA, updateMap, { changes: { title: "Title from A" } });
    edit(adapterB, updateMap, { changes: { description: "Description from B" } });
    await waitFor("both edits on both sides", () => adapterA.getMap()?.description === "Description from B");

    await killHard(running.pop()!);
    edit(adapterA, addStage, { record: createStage({ id: "stage-a-offline", name: "A, offline" }) });
    edit(adapterB, addStage, { record: createStage({ id: "stage-b-offline", name: "B, offline" }) });
    running.push(await spawnServer(args));

    const complete = (adapter: CollaborationAdapter) => {
      const map = adapter.getMap();
      const stages = map?.stages.map((stage) => stage.id) ?? [];
      return (
        map?.title === "Title from A" &&
        map.description === "Description from B" &&
        stages.includes("stage-a-offline") &&
        stages.includes("stage-b-offline")
      );
    };
    await waitFor(
      "both participants to hold every edit",
      () => complete(adapterA) && complete(adapterB),
      20_000,
    );
    expect(adapterB.getMap()).toEqual(adapterA.getMap());
    const response = await fetch(`${url}/rooms/crash/map`, {
      headers: { authorization: `Bearer ${await tokenFor("crash", "view")}` },
    });
    const stored = await response.json();
    expect(stored).toEqual(adapterA.getMap());
  });

  it("on SIGTERM stores every room and writes its snapshot before it exits", async () => {
    const data = tempDataDir();
    folders.push(data.remove);
    const port = await freePort();
    const child = await spawnServer([
      "--port",
      String(port),
      "--host",
      "127.0.0.1",
      "--data",
      data.dir,
      "--secret",
      SECRET,
    ]);
    running.push(child);
    const client = connectClient(
      { url: `http://127.0.0.1:${port}` },
      "graceful",
      await tokenFor("graceful", "edit"),
    );
    clients.push(client);
    await client.ready;
    mapToDoc(createJourneyMap({ id: "map", title: "Stopped politely" }), client.doc);
    await waitFor("the map to reach the server", () => client.provider.unsyncedChanges === 0);
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    const snapshot = parseJourneyMap(
      readFileSync(join(data.dir, "snapshots", "graceful.journey.json"), "utf8"),
    );
    expect(snapshot.ok && snapshot.map.title).toBe("Stopped politely");
  });
});

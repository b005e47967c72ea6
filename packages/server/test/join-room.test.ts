import { joinRoom } from "@journeykit/collab/hocuspocus";
import { createJourneyMap, updateMap } from "@journeykit/core";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { startTestServer, tempDataDir, tokenFor, waitFor } from "./room-client.js";

const stops: (() => unknown)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

describe("joinRoom (@journeykit/collab/hocuspocus) against journeykit-server", () => {
  it("two participants share edits and see each other's pointer; a bad token is refused", async () => {
    const data = tempDataDir();
    const server = await startTestServer(data.dir);
    stops.push(data.remove, () => server.close());
    const url = server.url.replace(/^http/, "ws");
    const ana = await joinRoom({
      url,
      room: "live",
      token: await tokenFor("live", "edit", "Ana"),
      user: { name: "Ana", colour: "#e8590c" },
      initialMap: createJourneyMap({ id: "map", title: "Live" }),
      WebSocketPolyfill: WebSocket,
    });
    stops.push(() => ana.leave());
    const ben = await joinRoom({
      url,
      room: "live",
      token: await tokenFor("live", "edit", "Ben"),
      user: { name: "Ben", colour: "#1971c2" },
      initialMap: createJourneyMap({ title: "Ignored: the room is not empty" }),
      WebSocketPolyfill: WebSocket,
    });
    stops.push(() => ben.leave());
    expect(ben.adapter.getMap()?.title).toBe("Live");

    const before = ben.adapter.getMap()!;
    ben.adapter.applyLocal(before, updateMap(before, { changes: { title: "Renamed by Ben" } }));
    ana.adapter.presence.setLocal({ pointer: { x: 320, y: 140 }, selection: ["card-1"] });
    await waitFor("Ben's edit at Ana", () => ana.adapter.getMap()?.title === "Renamed by Ben");
    await waitFor("Ana's pointer at Ben", () => ben.adapter.presence.getPeers()[0]?.pointer?.x === 320);
    expect(ben.adapter.presence.getPeers()[0]).toMatchObject({
      name: "Ana",
      colour: "#e8590c",
      selection: ["card-1"],
    });

    await expect(
      joinRoom({
        url,
        room: "live",
        token: "not-a-token",
        user: { name: "Eve", colour: "#000" },
        WebSocketPolyfill: WebSocket,
      }),
    ).rejects.toThrow("refused");
  });
});

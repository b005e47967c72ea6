import type { Socket } from "node:net";
import { type ConnectionState, joinRoom } from "@journeykit/collab/hocuspocus";
import { describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { roomsUnderTest, tokenFor, waitFor } from "../../test/room-client.js";

const rooms = roomsUnderTest();

describe("answerHeartbeat: a participant learns of a cut network within seconds", () => {
  it("a joined room's connection turns disconnected about 4 s after the network stops carrying messages, and connected once it carries them again", async () => {
    const server = await rooms.running();
    const room = await joinRoom({
      url: server.url.replace(/^http/, "ws"),
      room: "cut",
      token: await tokenFor("cut", "edit"),
      user: { name: "Ana", colour: "#e8590c" },
      offline: false,
      WebSocketPolyfill: WebSocket,
    });
    rooms.cleanups.push(() => room.leave());
    const states: { state: ConnectionState; at: number }[] = [];
    room.connection.subscribe((state) => states.push({ state, at: performance.now() }));
    await waitFor("the connection to be up", () => room.connection.state() === "connected");
    // Long enough for a heartbeat and its echo: the server has shown it answers them.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(room.connection.state()).toBe("connected");

    // The cable is pulled: nothing more arrives, and the socket has no idea (no close, no error).
    const socket = (room.provider.configuration.websocketProvider.webSocket as unknown as { _socket: Socket })
      ._socket;
    const cutAt = performance.now();
    socket.pause();
    await waitFor("the connection to count as lost", () => room.connection.state() === "disconnected", 8_000);
    const detectedAfter = performance.now() - cutAt;
    console.info(`a cut network is reported after ${detectedAfter.toFixed(0)} ms`);
    expect(detectedAfter).toBeLessThan(5_500);
    expect(room.provider.configuration.websocketProvider.status).toBe("connected");

    socket.resume();
    await waitFor("the connection to be back", () => room.connection.state() === "connected", 5_000);
    expect(states.map((s) => s.state)).toEqual(["disconnected", "connected"]);
  });
});

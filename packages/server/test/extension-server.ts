import { type Extension, Server } from "@hocuspocus/server";
import { afterEach } from "vitest";
import type { RoomRole } from "../src/tokens/room-token.js";
import { roomTokenExtension } from "../src/tokens/room-token-extension.js";
import { connectClient, type RoomClient, SECRET, tokenFor } from "./room-client.js";

const PING = "journeykit-test-ping";

/** Answers a client's ping on its own connection: `roundTrip` waits for it. */
const pingExtension: Extension = {
  extensionName: "journeykit-test-ping",
  async onStateless({ connection, payload }) {
    if (payload === PING) connection.sendStateless(PING);
  },
};

/**
 * Resolves once the server has handled every message `client` sent before it (a connection's messages
 * are handled in order, and the ping is answered after them): an edit the server dropped is known to
 * be dropped, not still on its way.
 */
export function roundTrip(client: RoomClient): Promise<void> {
  return new Promise((resolve) => {
    const onStateless = ({ payload }: { payload: string }) => {
      if (payload !== PING) return;
      client.provider.off("stateless", onStateless);
      resolve();
    };
    client.provider.on("stateless", onStateless);
    client.provider.sendStateless(PING);
  });
}

/**
 * One test file's bare Hocuspocus servers: `serving(...extensions)` starts one on 127.0.0.1 with the
 * extensions given and nothing of journeykit-server's own but room tokens (`roomTokenExtension`, so
 * connections carry their claims; `serving` with no extension tests that one) and the test's ping
 * (`roundTrip`); `join` connects a client with a token of that role and waits
 * until it has synced. Everything is closed after each test, newest first.
 */
export function extensionsUnderTest() {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  return {
    cleanups,
    async serving(...extensions: Extension[]): Promise<{ url: string }> {
      const server = new Server({
        port: 0,
        address: "127.0.0.1",
        quiet: true,
        stopOnSignals: false,
        extensions: [roomTokenExtension(SECRET), pingExtension, ...extensions],
      });
      await server.listen();
      cleanups.push(() => server.destroy());
      return { url: `http://127.0.0.1:${server.address.port}` };
    },
    async join(server: { url: string }, room: string, role: RoomRole | "facilitator"): Promise<RoomClient> {
      const client = connectClient(server, room, await tokenFor(room, role));
      cleanups.push(client.close);
      await client.ready;
      return client;
    },
  };
}

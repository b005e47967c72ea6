import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HocuspocusProvider } from "@hocuspocus/provider";
import { createCard, createJourneyMap, createLane } from "@journeykit/core";
import { afterEach } from "vitest";
import { WebSocket } from "ws";
import * as Y from "yjs";
import { startJourneykitServer } from "../src/index.js";
import { type RoomRole, signRoomToken } from "../src/tokens/room-token.js";

export const SECRET = "test-secret-for-journeykit-rooms";

/** A fresh data folder under the OS temp dir, removed by `remove`. */
export function tempDataDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), "journeykit-server-"));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A server on 127.0.0.1 and a free port. */
export function startTestServer(dataDir: string, extra: { redis?: string; instanceName?: string } = {}) {
  return startJourneykitServer({
    port: 0,
    host: "127.0.0.1",
    dataDir,
    secret: SECRET,
    snapshotEverySeconds: 0,
    ...extra,
  });
}

export const tokenFor = (room: string, role: RoomRole | "facilitator", name: string = role) =>
  signRoomToken(
    role === "facilitator" ? { room, name, role: "edit", facilitator: true } : { room, name, role },
    SECRET,
    "1h",
  );

/** Poll until `check` holds; throws with `what` after `ms`. */
export async function waitFor(what: string, check: () => boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A participant: a Y.Doc synced with a room through @hocuspocus/provider over Node's `ws`. */
export interface RoomClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Resolves when synced, rejects with the reason when the server refuses the token. */
  ready: Promise<void>;
  close(): void;
}

export function connectClient(server: { url: string }, room: string, token: string | null): RoomClient {
  const doc = new Y.Doc();
  let settle: { resolve(): void; reject(error: Error): void } | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const provider = new HocuspocusProvider({
    url: server.url.replace(/^http/, "ws"),
    name: room,
    token,
    document: doc,
    WebSocketPolyfill: WebSocket,
    onSynced: () => settle?.resolve(),
    onAuthenticationFailed: ({ reason }) => settle?.reject(new Error(`refused: ${reason}`)),
  } as ConstructorParameters<typeof HocuspocusProvider>[0]);
  return {
    doc,
    provider,
    ready,
    close: () => provider.destroy(),
  };
}

/**
 * One test file's rooms: `running()` starts a server with its own data folder, `join()` connects a
 * client with a token of that role and waits until it has synced, `cleanups` takes anything else to
 * close; all of it is closed after each test, newest first.
 */
export function roomsUnderTest() {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  return {
    cleanups,
    async running() {
      const data = tempDataDir();
      cleanups.push(data.remove);
      const server = await startTestServer(data.dir);
      cleanups.push(() => server.close());
      return server;
    },
    async join(server: { url: string }, room: string, role: RoomRole | "facilitator"): Promise<RoomClient> {
      const client = connectClient(server, room, await tokenFor(room, role));
      cleanups.push(client.close);
      await client.ready;
      return client;
    },
  };
}

/** A one-stage map with a pain point card "pain" ("Cold dish"): what a room votes on. */
export function painPointMap(title: string) {
  const base = createJourneyMap({ id: "map", title, now: new Date("2026-01-01T00:00:00Z") });
  const stageId = base.stages[0]!.id;
  return {
    ...base,
    lanes: [createLane({ id: "pains", kind: "painPoints" })],
    cards: [createCard({ id: "pain", laneId: "pains", stageId, text: "Cold dish" })],
  };
}

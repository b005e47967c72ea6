import { join } from "node:path";
import { Database } from "@hocuspocus/extension-database";
import { Redis } from "@hocuspocus/extension-redis";
import { type Extension, Server } from "@hocuspocus/server";
import { mapFieldsExtension } from "../fields/map-fields-extension.js";
import { answerHeartbeat } from "../heartbeat/answer-heartbeat.js";
import { handleMapRoutes } from "../http/map-routes.js";
import { lockExtension } from "../lock/lock-extension.js";
import { guardPresence } from "../presence/guard-presence.js";
import { stopServer } from "../shutdown/stop-server.js";
import { unsavedRooms } from "../shutdown/unsaved-rooms.js";
import { writeSnapshot } from "../snapshots/write-snapshot.js";
import { openSqliteStore } from "../storage/sqlite-store.js";
import { roomTokenExtension } from "../tokens/room-token-extension.js";
import { votingExtension } from "../voting/voting-extension.js";

/** Options of `startJourneykitServer` (the `journeykit-server` flags). */
export interface JourneykitServerOptions {
  /** Port to listen on; 0 picks a free one. */
  port: number;
  /** Address to listen on (default `0.0.0.0`, every interface, so a workshop's LAN can join). */
  host?: string;
  /** Folder for `journeykit.sqlite` (every room's Yjs state) and `snapshots/<room>.journey.json`. */
  dataDir: string;
  /** The HS256 secret room tokens are signed with (at least 16 characters). */
  secret: string;
  /** `redis://host:port` to share rooms with other instances behind a load balancer. */
  redis?: string;
  /** Seconds between JSON snapshots of every open room (default 300; 0 turns the schedule off). */
  snapshotEverySeconds?: number;
  /** A name for this instance in Redis (default: random). */
  instanceName?: string;
  /**
   * More Hocuspocus extensions, run before the server's own extensions and hooks (`journeykit-server` adds
   * `workshopExtension`: the app, the facilitator's passcode and rooms).
   */
  extensions?: Extension[];
}

/** A running server. */
export interface JourneykitServer {
  /** `http://host:port` (the WebSocket URL is the same with `ws://`). */
  url: string;
  port: number;
  /** Write every open room's snapshot now; returns the files written. */
  snapshotAll(): string[];
  /**
   * Stop accepting, close every connection, store and snapshot every open room, and stop: within about
   * a second, even when Redis no longer answers.
   */
  close(): Promise<void>;
}

function redisExtension(url: string, identifier: string | undefined): Extension {
  const parsed = new URL(url);
  if (parsed.protocol !== "redis:") throw new Error(`--redis ${url}: expected redis://host:port`);
  return new Redis({
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    ...(identifier ? { identifier } : {}),
    options: {
      ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
      ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    },
  });
}

/**
 * Start a journeykit collaboration server: Hocuspocus (Yjs over WebSocket) with every room kept in one
 * SQLite file, rooms opened only with signed tokens (`view` tokens are read-only: their writes are
 * dropped), dot voting counted by the server (stateless messages: see `handleVotingMessage`), JSON
 * snapshots of each room on a schedule and on demand, the map HTTP API on the same port, and optionally
 * Redis to run several instances.
 *
 * @example
 * const server = await startJourneykitServer({ port: 4455, dataDir: "data", secret: process.env.JOURNEYKIT_SECRET! });
 */
export async function startJourneykitServer(options: JourneykitServerOptions): Promise<JourneykitServer> {
  const { dataDir, secret } = options;
  if (secret.length < 16) throw new Error("--secret must be at least 16 characters");
  const store = await openSqliteStore(join(dataDir, "journeykit.sqlite"));
  // What a stop stores at once; once stopped, the file is closed (a late store has nothing to add).
  const unsaved = unsavedRooms();
  let stopped = false;
  const extensions: Extension[] = [
    new Database({
      fetch: async ({ documentName }) => store.fetch(documentName),
      store: async ({ documentName, state }) => {
        if (stopped) return;
        unsaved.stored(documentName);
        store.store(documentName, state);
      },
    }),
  ];
  if (options.redis) extensions.push(redisExtension(options.redis, options.instanceName));
  extensions.push(...(options.extensions ?? []));
  // The server's own features: rooms opened with signed tokens, dot voting, the facilitator's lock,
  // and the map's own fields kept readable (a modified client deleting the title cannot freeze a room).
  extensions.push(roomTokenExtension(secret), votingExtension(), lockExtension(), mapFieldsExtension());

  const server = new Server({
    port: options.port,
    address: options.host ?? "0.0.0.0",
    quiet: true,
    stopOnSignals: false,
    // A map at the format's limits is a few MB as a Yjs update; anything far larger is refused.
    websocketOptions: { maxPayload: 64 * 1024 * 1024 },
    extensions,
    async afterLoadDocument({ documentName, document }) {
      unsaved.watch(documentName, document);
    },
    // Presence holds to the token too: only the facilitator presents and asks to be followed.
    async beforeHandleAwareness(payload) {
      guardPresence(payload);
    },
    async onStateless(payload) {
      // A client's heartbeat is echoed to it alone: its status pill notices a cut network in seconds.
      answerHeartbeat(payload);
    },
    async onRequest({ request, response, instance }) {
      const handled = await handleMapRoutes(request, response, { hocuspocus: instance, secret, dataDir });
      // Hocuspocus stops at a hook that rejects with nothing: the answer has been sent.
      if (handled) return Promise.reject();
    },
  });
  await server.listen();
  const { port } = server.address;
  // One room's map that cannot be read (or a full disk) skips that room's file, reported; the other
  // rooms are written, and the timer keeps running.
  const snapshotAll = () => {
    const files: string[] = [];
    for (const [room, document] of server.hocuspocus.documents) {
      try {
        const file = writeSnapshot(dataDir, room, document);
        if (file) files.push(file);
      } catch (error) {
        console.error(
          `snapshot of room "${room}" skipped: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    return files;
  };
  const seconds = options.snapshotEverySeconds ?? 300;
  const timer = seconds > 0 ? setInterval(snapshotAll, seconds * 1000) : undefined;
  timer?.unref();
  const host = options.host && options.host !== "0.0.0.0" ? options.host : "127.0.0.1";
  return {
    url: `http://${host}:${port}`,
    port,
    snapshotAll,
    async close() {
      if (timer) clearInterval(timer);
      await stopServer({ server, store, unsaved, snapshotAll });
      stopped = true;
      store.close();
    },
  };
}

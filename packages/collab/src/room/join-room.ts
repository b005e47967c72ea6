import { HocuspocusProvider } from "@hocuspocus/provider";
import type { JourneyMap } from "@journeykit/core";
import * as Y from "yjs";
import type { CollaborationAdapter, PresenceState } from "../binding/collaboration-adapter.js";
import { createCollabAdapter } from "../binding/create-collab-adapter.js";
import { type OfflineStore, persistOffline } from "../offline/persist-offline.js";
import { type RoomConnection, watchConnection } from "./watch-connection.js";

/** Options of `joinRoom`. */
export interface JoinRoomOptions {
  /** The server's WebSocket URL, e.g. `ws://192.168.1.20:4455`. */
  url: string;
  room: string;
  /** A room token from `journeykit-server token` or your backend's `signRoomToken`. */
  token: string;
  user: PresenceState;
  /** Written into the room only when it is still empty once synced (the facilitator's starting map). */
  initialMap?: JourneyMap;
  /** Keep the room in IndexedDB (browser) so offline edits survive a reload; default true where IndexedDB exists. */
  offline?: boolean;
  /** A WebSocket class where there is no global one (Node 20: `WebSocket` from the `ws` package). */
  WebSocketPolyfill?: unknown;
  /**
   * Called when the server refuses the token after the room was already opened from IndexedDB (an
   * offline start); before that, `joinRoom` itself rejects.
   */
  onRefused?: (reason: string) => void;
}

/** A joined room: the adapter for the editor, and what to call to leave. */
export interface JoinedRoom {
  adapter: CollaborationAdapter;
  provider: HocuspocusProvider;
  doc: Y.Doc;
  /**
   * The connection as the participant should be told about it: the socket's status, and
   * "disconnected" within about 4 s of a network cut the socket has not noticed (heartbeats).
   */
  connection: RoomConnection;
  /** Disconnect, stop the adapter and the offline store (what is stored offline stays). */
  leave(): Promise<void>;
}

/**
 * Join a `journeykit-server` room: a Y.Doc kept offline in IndexedDB, the Hocuspocus provider with the
 * token, and the collaboration adapter once the room has synced, or at once when IndexedDB already holds
 * the room (so a participant can reload and keep working while the server is unreachable). Rejects
 * when the server refuses the token.
 *
 * @example
 * const { adapter, leave } = await joinRoom({ url: "ws://127.0.0.1:4455", room, token, user: { name: "Ana", colour: "#e8590c" } });
 * // <JourneyMapEditor collaboration={adapter} />
 */
export async function joinRoom(options: JoinRoomOptions): Promise<JoinedRoom> {
  const doc = new Y.Doc();
  const useOffline = options.offline ?? typeof indexedDB !== "undefined";
  let offline: OfflineStore | undefined;
  if (useOffline) {
    offline = persistOffline(doc, `journeykit:${options.room}`);
    await offline.whenSynced;
  }
  // A room already kept in IndexedDB opens at once, offline or not: the provider merges both ways
  // whenever the server answers. A room seen for the first time waits for the server's copy.
  const openedOffline = doc.getMap("fields").size > 0;
  let provider: HocuspocusProvider | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      provider = new HocuspocusProvider({
        url: options.url,
        name: options.room,
        token: options.token,
        document: doc,
        onSynced: () => resolve(),
        onAuthenticationFailed: ({ reason }) => {
          if (openedOffline) options.onRefused?.(reason);
          reject(new Error(`the server refused the token: ${reason}`));
        },
        ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
      } as ConstructorParameters<typeof HocuspocusProvider>[0]);
      if (openedOffline) resolve();
    });
  } catch (error) {
    provider?.destroy();
    await offline?.destroy();
    throw error;
  }
  const connected = provider!;
  const adapter = createCollabAdapter({
    doc,
    awareness: connected.awareness ?? undefined,
    user: options.user,
    ...(options.initialMap ? { initialMap: options.initialMap } : {}),
  });
  const connection = watchConnection(connected, {
    initial: connected.configuration.websocketProvider.status === "connected" ? "connected" : "connecting",
  });
  return {
    adapter,
    provider: connected,
    doc,
    connection,
    async leave() {
      connection.stop();
      adapter.destroy();
      connected.destroy();
      await offline?.destroy();
    },
  };
}

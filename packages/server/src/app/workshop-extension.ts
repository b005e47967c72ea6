import type { Extension } from "@hocuspocus/server";
import { handleFacilitatorRoutes } from "../http/facilitator-routes.js";
import { sendJson } from "../http/http-answer.js";
import { handleJoinRoutes } from "../http/join-routes.js";
import { type AttemptLimiter, createAttemptLimiter } from "../passcode/attempt-limiter.js";
import { openRoomRegistry, type RoomRegistry } from "../rooms/room-registry.js";
import { openApp, type ServedApp, serveApp } from "./serve-app.js";

/** Options of `workshopExtension`. */
export interface WorkshopExtensionOptions {
  dataDir: string;
  /** The secret room tokens and facilitator sessions are signed with (the server's). */
  secret: string;
  /** The built workshop app to serve (`BUNDLED_APP_DIR` in the published package); none: the API only. */
  appDir?: string;
  /** The origin participants' links name, when the server sits behind a proxy (`--public-url`). */
  publicUrl?: string;
  /**
   * The server is reached only through one reverse proxy (`--trust-proxy`): limits per address count
   * the address that proxy saw (the last `X-Forwarded-For` entry), not the proxy's own.
   */
  trustProxy?: boolean;
  /** Passcode attempts (default: 5 a minute per address, 50 in all). */
  limiter?: AttemptLimiter;
  /** Wrong join codes (default: 20 a minute per address, 1,000 in all). */
  joinLimiter?: AttemptLimiter;
  rooms?: RoomRegistry;
}

/** What `workshopExtension` adds: the Hocuspocus extension, and whether an app is being served. */
export interface WorkshopExtension {
  extension: Extension;
  /** The app being served, or null when `appDir` holds no built app. */
  app: ServedApp | null;
  rooms: RoomRegistry;
}

/** `/rooms/:room/...`: a path of the map API (answered by the server's own routes). */
const ROOM_API = /^\/rooms\/([^/]+)\//;

/**
 * What a consultant needs from the server on its own port: the workshop app (same origin, so the app
 * needs no server address), the facilitator's passcode sign-in and rooms (`handleFacilitatorRoutes`),
 * the rooms' short join links (`/j/<code>`: `handleJoinRoutes`),
 * the room list's last activity, and ended rooms refused everywhere (WebSocket and map API, 410).
 *
 * @example
 * const workshop = workshopExtension({ dataDir, secret, appDir: BUNDLED_APP_DIR });
 * new Server({ extensions: [workshop.extension] });
 */
export function workshopExtension(options: WorkshopExtensionOptions): WorkshopExtension {
  const rooms = options.rooms ?? openRoomRegistry(options.dataDir);
  const limiter = options.limiter ?? createAttemptLimiter();
  const joinLimiter = options.joinLimiter ?? createAttemptLimiter({ perClient: 20, overall: 1000 });
  const app = options.appDir ? openApp(options.appDir) : null;
  const extension: Extension = {
    extensionName: "journeykit-workshop",
    async onRequest({ request, response, instance }) {
      const { pathname } = new URL(request.url ?? "/", "http://localhost");
      const roomPath = ROOM_API.exec(pathname);
      if (roomPath) {
        let room: string | undefined;
        try {
          room = decodeURIComponent(roomPath[1]!);
        } catch {
          // A malformed name: the map API answers it (400).
        }
        if (room !== undefined && request.method !== "OPTIONS" && rooms.isEnded(room)) {
          sendJson(
            response,
            410,
            { error: `room "${room}" was ended by its facilitator` },
            {
              "Access-Control-Allow-Origin": "*",
            },
          );
          return Promise.reject();
        }
        return;
      }
      if (pathname === "/health") return;
      const trustProxy = options.trustProxy === true;
      if (
        await handleJoinRoutes(request, response, {
          secret: options.secret,
          rooms,
          limiter: joinLimiter,
          trustProxy,
        })
      )
        return Promise.reject();
      const handled = await handleFacilitatorRoutes(request, response, {
        hocuspocus: instance,
        secret: options.secret,
        dataDir: options.dataDir,
        rooms,
        limiter,
        port: request.socket.localPort ?? 0,
        trustProxy,
        ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
      });
      // Hocuspocus stops at a hook that rejects with nothing: the answer has been sent.
      if (handled || (app && serveApp(request, response, app))) return Promise.reject();
    },
    async onAuthenticate({ documentName }) {
      if (rooms.isEnded(documentName)) throw new Error(`room "${documentName}" was ended by its facilitator`);
    },
    async onChange({ documentName }) {
      rooms.touch(documentName);
    },
    async onDestroy() {
      rooms.flush();
    },
  };
  return { extension, app, rooms };
}

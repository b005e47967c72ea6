import { readRoomTokenClaims } from "./room-token-claims";

/**
 * A live session's link: which server, which room, the room token, and whether this is the
 * facilitator's link. It lives in the URL hash (`#/live/<room>?server=...&token=...`), so it never
 * reaches a web server's logs, and the app's own routes are untouched.
 */
export interface LiveLink {
  /** The journeykit-server's WebSocket URL, e.g. `ws://192.168.1.20:1234`. */
  server: string;
  room: string;
  token: string;
  /** Read from the token (its facilitator claim), never from the link: the server enforces it. */
  facilitator: boolean;
  /** Facilitator only: the id of the stored map that seeds an empty room. */
  map?: string;
}

const PREFIX = "#/live/";

/**
 * The live session a hash points at, or null when it is not a live link (or is missing a part). A link
 * without a server names `ownServer` (the journeykit-server that served the app) when there is one.
 */
export function parseLiveLink(hash: string, ownServer?: string): LiveLink | null {
  if (!hash.startsWith(PREFIX)) return null;
  const [room, query = ""] = hash.slice(PREFIX.length).split("?", 2);
  const params = new URLSearchParams(query);
  const server = params.get("server") ?? ownServer;
  const token = params.get("token");
  if (!room || !server || !token) return null;
  const map = params.get("map");
  return {
    room: decodeURIComponent(room),
    server,
    token,
    facilitator: readRoomTokenClaims(token).facilitator,
    ...(map ? { map } : {}),
  };
}

/**
 * The hash of a live link (the facilitator's may name the map that seeds the room). A link to
 * `ownServer` (the app's own journeykit-server) leaves the server out: shorter, for a QR code.
 */
export function liveHash(link: LiveLink, ownServer?: string): string {
  const params = new URLSearchParams(
    link.server === ownServer ? { token: link.token } : { server: link.server, token: link.token },
  );
  if (link.facilitator && link.map) params.set("map", link.map);
  return `${PREFIX}${encodeURIComponent(link.room)}?${params.toString()}`;
}

/** The full URL of a live link on the app at `origin` + `path` (the join link people scan). */
export function liveUrl(link: LiveLink, origin: string, path = "/", ownServer?: string): string {
  return `${origin}${path}${liveHash(link, ownServer)}`;
}

/** Room names the server accepts (its token rule): 1-100 letters, digits, "-" or "_". */
export const ROOM_NAME = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * The default server for a session started from this page: `VITE_JOURNEYKIT_SERVER` when set (the
 * `pnpm live` command sets it), else port 1234 on the host the page came from, so phones on the same
 * network reach it by the same address.
 */
export function defaultServer(
  configured: string | undefined,
  location: { protocol: string; hostname: string },
): string {
  if (configured) return configured;
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  return `${scheme}://${location.hostname || "localhost"}:1234`;
}

/**
 * The HTTP address of a journeykit-server from its WebSocket URL (the API is on the same port).
 *
 * @example
 * serverHttpUrl("ws://192.168.1.20:1234"); // "http://192.168.1.20:1234"
 */
export function serverHttpUrl(server: string): string {
  return server.replace(/^ws(s?):\/\//, "http$1://").replace(/\/+$/, "");
}

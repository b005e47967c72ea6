import type { IncomingMessage, ServerResponse } from "node:http";
import type { Hocuspocus } from "@hocuspocus/server";
import { isLocked, writeMap } from "@journeykit/collab";
import { formatIssue, parseJourneyMap } from "@journeykit/core";
import { decodeJwt } from "jose";
import { mayEdit } from "../lock/enforce-lock.js";
import { writeSnapshot } from "../snapshots/write-snapshot.js";
import {
  type RoomClaims,
  type RoomRole,
  RoomTokenError,
  signRoomToken,
  verifyRoomToken,
} from "../tokens/room-token.js";
import { HttpError, messageOf, readableMap, readBody, roomName, sendJson, withRoom } from "./http-answer.js";

/** What the HTTP routes need from the running server. */
export interface MapRoutesContext {
  hocuspocus: Hocuspocus;
  secret: string;
  dataDir: string;
  /** Where errors the routes did not foresee are reported (default `console.error`). */
  log?: (line: string) => void;
}

/**
 * Any origin may call the API from a browser (the workshop app on another port, a host app): every
 * route needs a bearer token, and no cookie is ever read, so a page gains nothing it could not do with
 * the token anyway.
 */
const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, PUT, POST, OPTIONS",
  "Access-Control-Allow-Headers": "Authorization, Content-Type",
  "Access-Control-Max-Age": "600",
};

function send(response: ServerResponse, status: number, body: unknown): void {
  sendJson(response, status, body, CORS);
}

/** The bearer token of a request, verified for `room`: its claims and when it expires (seconds). */
async function authorize(
  request: IncomingMessage,
  secret: string,
  room: string,
): Promise<RoomClaims & { expires: number }> {
  const header = request.headers.authorization ?? "";
  const token = /^Bearer (.+)$/.exec(header)?.[1];
  try {
    const claims = await verifyRoomToken(token, secret, room);
    return { ...claims, expires: Number(decodeJwt(token!).exp) };
  } catch (error) {
    if (error instanceof RoomTokenError) throw new HttpError(401, error.message);
    throw error;
  }
}

/** The role an invite asks for: `{ "role": "view" }` for a view-only link, else an edit link. */
function inviteRole(body: string): RoomRole {
  if (body.trim() === "") return "edit";
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new HttpError(400, 'the body is not JSON: send { "role": "edit" } or { "role": "view" }');
  }
  const role = (parsed as { role?: unknown } | null)?.role ?? "edit";
  if (role !== "edit" && role !== "view")
    throw new HttpError(400, `role "${String(role)}": expected "edit" or "view"`);
  return role;
}

async function route(request: IncomingMessage, response: ServerResponse, context: MapRoutesContext) {
  const url = new URL(request.url ?? "/", "http://localhost");
  if (request.method === "OPTIONS" && (url.pathname === "/health" || url.pathname.startsWith("/rooms/"))) {
    response.writeHead(204, CORS);
    response.end();
    return true;
  }
  if (url.pathname === "/health" && request.method === "GET") {
    send(response, 200, { ok: true, rooms: context.hocuspocus.getDocumentsCount() });
    return true;
  }
  const match = /^\/rooms\/([^/]+)\/(map|snapshot|invite)$/.exec(url.pathname);
  if (!match) return false;
  const room = roomName(match[1]!);
  const what = match[2]!;
  const claims = await authorize(request, context.secret, room);
  if (what === "map" && request.method === "GET") {
    const map = await withRoom(context.hocuspocus, room, (doc) => readableMap(doc, room));
    if (!map) throw new HttpError(404, `room "${room}" holds no map yet`);
    send(response, 200, map);
  } else if (what === "map" && request.method === "PUT") {
    if (claims.role !== "edit") throw new HttpError(403, "a view token cannot change the map");
    const locked = await withRoom(context.hocuspocus, room, (doc) => isLocked(doc));
    if (!mayEdit(claims, locked))
      throw new HttpError(
        423,
        "the facilitator has locked editing: only the facilitator's token can change the map",
      );
    const parsed = parseJourneyMap(await readBody(request));
    if (!parsed.ok) {
      const first = parsed.errors[0];
      throw new HttpError(400, first ? formatIssue(first) : "not a journeykit map", parsed.errors);
    }
    await withRoom(context.hocuspocus, room, (doc) => writeMap(doc, parsed.map));
    send(response, 200, { ok: true, room, warnings: parsed.warnings });
  } else if (what === "snapshot" && request.method === "POST") {
    if (claims.role !== "edit") throw new HttpError(403, "a view token cannot take snapshots");
    const file = await withRoom(context.hocuspocus, room, (doc) => writeSnapshot(context.dataDir, room, doc));
    if (!file) throw new HttpError(404, `room "${room}" holds no map yet`);
    send(response, 200, { ok: true, room, file });
  } else if (what === "invite" && request.method === "POST") {
    if (!claims.facilitator) throw new HttpError(403, "only the facilitator's token can invite people");
    const role = inviteRole(await readBody(request));
    // A participant's link ends with the facilitator's: nobody keeps the room longer than its host.
    const token = await signRoomToken(
      { room, name: role === "edit" ? "participant" : "viewer", role },
      context.secret,
      claims.expires,
    );
    send(response, 200, { token, role, expiresAt: new Date(claims.expires * 1000).toISOString() });
  } else {
    throw new HttpError(405, `${request.method} is not allowed on /rooms/${room}/${what}`);
  }
  return true;
}

/**
 * Answer the server's HTTP API, or return false for a path it does not own: `GET /health`,
 * `GET /rooms/:room/map` and `PUT /rooms/:room/map` (the `.journey.json`, `Authorization: Bearer
 * <token>`; PUT needs an edit token, the facilitator's while the room is locked, and a valid map),
 * `POST /rooms/:room/snapshot` (write the room's snapshot file now), and `POST /rooms/:room/invite`
 * (the facilitator's token only; body `{ "role": "edit" | "view" }`, default edit): a participant's
 * token for the join link, `{ token, role, expiresAt }`, ending when the facilitator's does. Errors
 * answer `{ error, errors? }` with each error's path and message.
 *
 * @example
 * // In a Hocuspocus onRequest hook (what startJourneykitServer does):
 * if (await handleMapRoutes(request, response, { hocuspocus: instance, secret, dataDir })) return Promise.reject();
 */
export async function handleMapRoutes(
  request: IncomingMessage,
  response: ServerResponse,
  context: MapRoutesContext,
): Promise<boolean> {
  try {
    return await route(request, response, context);
  } catch (error) {
    if (response.headersSent) {
      response.destroy();
      return true;
    }
    if (error instanceof HttpError) {
      send(response, error.status, {
        error: error.message,
        ...(error.errors ? { errors: error.errors } : {}),
      });
      return true;
    }
    (context.log ?? console.error)(`${request.method} ${request.url}: ${messageOf(error)}`);
    send(response, 500, { error: `the server could not answer this request: ${messageOf(error)}` });
    return true;
  }
}

import { randomInt } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Hocuspocus } from "@hocuspocus/server";
import { writeMap } from "@journeykit/collab";
import { formatIssue, type JourneyMap, parseJourneyMap } from "@journeykit/core";
import { JOIN_PATH } from "../links/join-code.js";
import type { AttemptLimiter } from "../passcode/attempt-limiter.js";
import {
  FacilitatorSessionError,
  signFacilitatorSession,
  verifyFacilitatorSession,
} from "../passcode/facilitator-session.js";
import { readPasscode } from "../passcode/passcode-file.js";
import { verifyPasscode } from "../passcode/passcode-hash.js";
import type { RoomRegistry } from "../rooms/room-registry.js";
import { writeSnapshot } from "../snapshots/write-snapshot.js";
import { signRoomToken } from "../tokens/room-token.js";
import { clientAddress } from "./client-address.js";
import { HttpError, messageOf, readableMap, readBody, roomName, sendJson, withRoom } from "./http-answer.js";
import { publicOrigin } from "./public-origin.js";

/** What the facilitator's routes need from the running server. */
export interface FacilitatorRoutesContext {
  hocuspocus: Hocuspocus;
  secret: string;
  dataDir: string;
  rooms: RoomRegistry;
  limiter: AttemptLimiter;
  /** The server's port (for the participants' link when the facilitator is on localhost). */
  port: number;
  /** `--public-url`: the origin participants' links name (a reverse proxy's https address). */
  publicUrl?: string;
  /** `--trust-proxy`: limit passcode tries by the address the reverse proxy saw (`X-Forwarded-For`). */
  trustProxy?: boolean;
  log?: (line: string) => void;
}

/** How long the links of a started or reopened room open it (a working day and then some). */
const LINK_TTL_SECONDS = 12 * 3600;

/**
 * The links of a room: the tokens of the facilitator's, the participants' (edit) and the projector's
 * (view), and the short links participants and the projector open (`<origin>/j/<code>`: the app
 * exchanges the code for a token of their own).
 */
async function roomTokens(room: string, secret: string, rooms: RoomRegistry, origin: string) {
  const expires = Math.floor(Date.now() / 1000) + LINK_TTL_SECONDS;
  const codes = rooms.giveLinks(room, new Date(expires * 1000).toISOString());
  if (!codes) throw new HttpError(404, `room "${room}" was not started here`);
  const [facilitator, participant, projector] = await Promise.all([
    signRoomToken({ room, name: "facilitator", role: "edit", facilitator: true }, secret, expires),
    signRoomToken({ room, name: "participant", role: "edit" }, secret, expires),
    signRoomToken({ room, name: "projector", role: "view" }, secret, expires),
  ]);
  return {
    tokens: { facilitator, participant, projector },
    links: {
      participant: `${origin}${JOIN_PATH}${codes.participant}`,
      projector: `${origin}${JOIN_PATH}${codes.projector}`,
    },
    expiresAt: new Date(expires * 1000).toISOString(),
  };
}

/** A room name from a map's title: its letters and digits (up to 24: the links stay short for a QR code), a dash, six random characters. */
function newRoomName(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 24)
    .replace(/-+$/, "");
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const suffix = Array.from({ length: 6 }, () => alphabet[randomInt(alphabet.length)]).join("");
  return `${slug || "workshop"}-${suffix}`;
}

function bearer(request: IncomingMessage): string | undefined {
  return /^Bearer (.+)$/.exec(request.headers.authorization ?? "")?.[1];
}

async function jsonBody(request: IncomingMessage, limit?: number): Promise<Record<string, unknown>> {
  // A JSON content type makes a browser on another site ask first (and be refused: no CORS here).
  if (!/^application\/json\b/i.test(request.headers["content-type"] ?? ""))
    throw new HttpError(415, "send JSON (Content-Type: application/json)");
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readBody(request, limit));
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new HttpError(400, "the body is not JSON");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw new HttpError(400, "the body must be a JSON object");
  return parsed as Record<string, unknown>;
}

async function signIn(request: IncomingMessage, response: ServerResponse, context: FacilitatorRoutesContext) {
  const client = clientAddress(request, context.trustProxy);
  const verdict = context.limiter.attempt(client);
  if (!verdict.allowed)
    throw new HttpError(
      429,
      `too many passcode attempts: try again in ${verdict.retryAfterSeconds} s`,
      undefined,
      { "Retry-After": String(verdict.retryAfterSeconds) },
    );
  const { passcode } = await jsonBody(request, 4096);
  const record = readPasscode(context.dataDir);
  if (!record) throw new HttpError(503, "this server has no facilitator passcode yet: restart it");
  if (typeof passcode !== "string" || !(await verifyPasscode(record, passcode)))
    throw new HttpError(401, "that is not the passcode");
  context.limiter.succeeded(client);
  sendJson(response, 200, await signFacilitatorSession(context.secret, record), {
    "Cache-Control": "no-store",
  });
}

function roomSummary(context: FacilitatorRoutesContext, room: string) {
  const found = context.rooms.get(room);
  if (!found) throw new HttpError(404, `room "${room}" was not started here`);
  // The join codes are given as links with the room's tokens only (Start, Reopen).
  const { links: _codes, ...record } = found;
  const participants = context.hocuspocus.documents.get(room)?.getConnectionsCount() ?? 0;
  return { ...record, participants };
}

async function startRoom(
  request: IncomingMessage,
  response: ServerResponse,
  context: FacilitatorRoutesContext,
) {
  const body = await jsonBody(request);
  const parsed = parseJourneyMap(body.map);
  if (!parsed.ok) {
    const first = parsed.errors[0];
    throw new HttpError(400, first ? formatIssue(first) : "not a journeykit map", parsed.errors);
  }
  const map: JourneyMap = parsed.map;
  const room = newRoomName(map.title);
  await withRoom(context.hocuspocus, room, (doc) => writeMap(doc, map));
  context.rooms.add({
    room,
    title: map.title,
    ...(typeof body.mapId === "string" && body.mapId.length <= 200 ? { mapId: body.mapId } : {}),
    createdAt: new Date().toISOString(),
  });
  await sendRoom(request, response, context, room, 201);
}

async function sendRoom(
  request: IncomingMessage,
  response: ServerResponse,
  context: FacilitatorRoutesContext,
  room: string,
  status = 200,
) {
  const origin = publicOrigin(request, context.port, context.publicUrl);
  sendJson(
    response,
    status,
    {
      ...roomSummary(context, room),
      origin,
      ...(await roomTokens(room, context.secret, context.rooms, origin)),
    },
    { "Cache-Control": "no-store" },
  );
}

async function route(request: IncomingMessage, response: ServerResponse, context: FacilitatorRoutesContext) {
  const { pathname } = new URL(request.url ?? "/", "http://localhost");
  if (pathname === "/facilitator/session") {
    if (request.method !== "POST") throw new HttpError(405, "sign in with POST { passcode }");
    await signIn(request, response, context);
    return;
  }
  try {
    await verifyFacilitatorSession(bearer(request), context.secret, readPasscode(context.dataDir));
  } catch (error) {
    if (error instanceof FacilitatorSessionError) throw new HttpError(401, error.message);
    throw error;
  }
  if (pathname === "/facilitator/rooms") {
    if (request.method === "GET") {
      const rooms = context.rooms.list().map((record) => roomSummary(context, record.room));
      sendJson(response, 200, { rooms }, { "Cache-Control": "no-store" });
    } else if (request.method === "POST") await startRoom(request, response, context);
    else throw new HttpError(405, `${request.method} is not allowed on /facilitator/rooms`);
    return;
  }
  const match = /^\/facilitator\/rooms\/([^/]+)\/(open|end|map)$/.exec(pathname);
  if (!match) throw new HttpError(404, `no facilitator route ${pathname}`);
  const room = roomName(match[1]!);
  const record = context.rooms.get(room);
  if (!record) throw new HttpError(404, `room "${room}" was not started here`);
  const what = match[2]!;
  if (what === "open" && request.method === "POST") {
    if (record.endedAt) throw new HttpError(410, `room "${room}" was ended: download its map to start again`);
    await sendRoom(request, response, context, room);
  } else if (what === "end" && request.method === "POST") {
    context.rooms.end(room);
    // Keep the map as a file too, then close every connection: their tokens no longer open the room.
    try {
      await withRoom(context.hocuspocus, room, (doc) => writeSnapshot(context.dataDir, room, doc));
    } catch (error) {
      (context.log ?? console.error)(`snapshot of ended room "${room}" skipped: ${messageOf(error)}`);
    }
    context.hocuspocus.closeConnections(room);
    sendJson(response, 200, roomSummary(context, room));
  } else if (what === "map" && request.method === "GET") {
    const map = await withRoom(context.hocuspocus, room, (doc) => readableMap(doc, room));
    if (!map) throw new HttpError(404, `room "${room}" holds no map`);
    const file = `${record.title.replace(/[^\w .-]+/g, "").trim() || room}.journey.json`;
    sendJson(response, 200, map, {
      "Cache-Control": "no-store",
      "Content-Disposition": `attachment; filename="${file}"`,
    });
  } else {
    throw new HttpError(405, `${request.method} is not allowed on /facilitator/rooms/${room}/${what}`);
  }
}

/**
 * The facilitator's API (same origin as the app, no CORS): `POST /facilitator/session` `{ passcode }`
 * (rate-limited per address) answers `{ session, expiresAt }`; with `Authorization: Bearer <session>`,
 * `GET /facilitator/rooms` lists the rooms started here, `POST /facilitator/rooms` `{ map, mapId? }`
 * starts a room from a map, `POST /facilitator/rooms/:room/open` gives a room's links again,
 * `POST /facilitator/rooms/:room/end` ends it (its links stop working, the map is kept) and
 * `GET /facilitator/rooms/:room/map` downloads its map. A started or opened room answers its summary,
 * the `origin` participants reach the app at, and the `tokens` of its links (facilitator, participant,
 * projector) with the short `links` participants and the projector open (`<origin>/j/<code>`, the same
 * codes for the room's life). Returns false for paths outside `/facilitator/`.
 *
 * @example
 * if (await handleFacilitatorRoutes(request, response, context)) return;
 */
export async function handleFacilitatorRoutes(
  request: IncomingMessage,
  response: ServerResponse,
  context: FacilitatorRoutesContext,
): Promise<boolean> {
  const { pathname } = new URL(request.url ?? "/", "http://localhost");
  if (!pathname.startsWith("/facilitator/")) return false;
  try {
    await route(request, response, context);
  } catch (error) {
    if (response.headersSent) response.destroy();
    else if (error instanceof HttpError)
      sendJson(
        response,
        error.status,
        { error: error.message, ...(error.errors ? { errors: error.errors } : {}) },
        error.headers,
      );
    else {
      (context.log ?? console.error)(`${request.method} ${pathname}: ${messageOf(error)}`);
      sendJson(response, 500, { error: `the server could not answer this request: ${messageOf(error)}` });
    }
  }
  return true;
}

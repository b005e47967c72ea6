import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { JOIN_PATH, normalizeJoinCode } from "../links/join-code.js";
import type { AttemptLimiter } from "../passcode/attempt-limiter.js";
import type { RoomRegistry } from "../rooms/room-registry.js";
import { RoomTokenError, signRoomToken, verifyRoomToken } from "../tokens/room-token.js";
import { clientAddress } from "./client-address.js";
import { HttpError, messageOf, readBody, sendJson } from "./http-answer.js";

/** What the join route needs from the running server. */
export interface JoinRoutesContext {
  secret: string;
  rooms: RoomRegistry;
  /** Join-code lookups per address: a wrong code counts, a right one is given back. */
  limiter: AttemptLimiter;
  /** `--trust-proxy`: count wrong codes by the address the reverse proxy saw (`X-Forwarded-For`). */
  trustProxy?: boolean;
  now?: () => Date;
  log?: (line: string) => void;
}

/** What a join code is exchanged for: the room, the role and the room token the app joins with. */
export interface JoinAnswer {
  room: string;
  role: "edit" | "view";
  token: string;
  expiresAt: string;
}

/** A new participant id: 16 random bytes (the key of the participant's dot-voting ballot). */
const newParticipantId = () => `p-${randomBytes(16).toString("base64url")}`;

/** The participant id of the earlier token this browser sends back (same room, signed here), if any. */
async function rejoining(
  request: IncomingMessage,
  secret: string,
  room: string,
): Promise<string | undefined> {
  if (!/^application\/json\b/i.test(request.headers["content-type"] ?? "")) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(await readBody(request, 8192));
  } catch (error) {
    if (error instanceof HttpError) throw error;
    return undefined;
  }
  const earlier = (body as { rejoin?: unknown } | null)?.rejoin;
  if (typeof earlier !== "string") return undefined;
  try {
    return (await verifyRoomToken(earlier, secret, room)).participant;
  } catch (error) {
    // Expired (yesterday's), or not this room's: a new participant.
    if (error instanceof RoomTokenError) return undefined;
    throw error;
  }
}

async function exchange(request: IncomingMessage, segment: string, context: JoinRoutesContext) {
  const client = clientAddress(request, context.trustProxy);
  const verdict = context.limiter.attempt(client);
  if (!verdict.allowed)
    throw new HttpError(
      429,
      `too many join codes tried: try again in ${verdict.retryAfterSeconds} s`,
      undefined,
      { "Retry-After": String(verdict.retryAfterSeconds) },
    );
  const code = normalizeJoinCode(segment);
  const match = code ? context.rooms.byCode(code) : undefined;
  if (!match)
    throw new HttpError(404, "no room has this link: check it, or ask the facilitator for the QR code again");
  context.limiter.succeeded(client);
  const { record, role } = match;
  if (record.endedAt)
    throw new HttpError(410, "the facilitator has ended this workshop: its links no longer open it");
  const expires = Date.parse(record.links!.expiresAt);
  if (expires <= (context.now?.() ?? new Date()).getTime())
    throw new HttpError(410, "this link has expired: ask the facilitator to reopen the room");
  const seconds = Math.floor(expires / 1000);
  const token =
    role === "projector"
      ? await signRoomToken({ room: record.room, name: "projector", role: "view" }, context.secret, seconds)
      : await signRoomToken(
          {
            room: record.room,
            name: "participant",
            role: "edit",
            participant: (await rejoining(request, context.secret, record.room)) ?? newParticipantId(),
          },
          context.secret,
          seconds,
        );
  const answer: JoinAnswer = {
    room: record.room,
    role: role === "projector" ? "view" : "edit",
    token,
    expiresAt: new Date(seconds * 1000).toISOString(),
  };
  return answer;
}

/**
 * The short links' exchange: `POST /j/:code` answers `{ room, role, token, expiresAt }` for a room's
 * join code (the page at `GET /j/:code` is the app, which asks this). The projector's code gives a view
 * token; the participants' code an edit token of the participant's own (a new participant id, or the
 * one of the token sent back as `{ "rejoin": token }`, so a participant who scans again keeps their
 * dots). Lookups are limited per address (wrong codes count: 429 with Retry-After); an unknown code
 * answers 404, an ended room's or an expired one 410. Returns false for other paths and methods.
 *
 * @example
 * if (await handleJoinRoutes(request, response, { secret, rooms, limiter })) return;
 */
export async function handleJoinRoutes(
  request: IncomingMessage,
  response: ServerResponse,
  context: JoinRoutesContext,
): Promise<boolean> {
  const { pathname } = new URL(request.url ?? "/", "http://localhost");
  if (request.method !== "POST" || !pathname.startsWith(JOIN_PATH)) return false;
  const segment = pathname.slice(JOIN_PATH.length);
  try {
    sendJson(response, 200, await exchange(request, segment, context), { "Cache-Control": "no-store" });
  } catch (error) {
    if (response.headersSent) response.destroy();
    else if (error instanceof HttpError)
      sendJson(
        response,
        error.status,
        { error: error.message },
        { ...error.headers, "Cache-Control": "no-store" },
      );
    else {
      (context.log ?? console.error)(`POST ${JOIN_PATH}…: ${messageOf(error)}`);
      sendJson(response, 500, { error: `the server could not answer this request: ${messageOf(error)}` });
    }
  }
  return true;
}

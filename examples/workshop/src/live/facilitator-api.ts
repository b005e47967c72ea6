import type { JourneyMap } from "@journeykit/core";
import type { FacilitatorSession } from "./facilitator-session-store";

/** A room the facilitator started on this server. */
export interface FacilitatorRoom {
  room: string;
  title: string;
  mapId?: string;
  createdAt: string;
  lastActivity: string;
  endedAt?: string;
  /** People connected right now. */
  participants: number;
}

/** A room ready to share: where participants open the app, and its links' tokens. */
export interface StartedRoom extends FacilitatorRoom {
  /** The origin participants' phones reach the app at (the server's network address). */
  origin: string;
  tokens: { facilitator: string; participant: string; projector: string };
  /**
   * The short links participants and the projector open (`<origin>/j/<code>`: no token in them, so
   * the QR code stays sparse); the app they open exchanges the code for a token of their own.
   */
  links?: { participant: string; projector: string };
  expiresAt: string;
}

/** The server refused the facilitator's session (ended, or the passcode changed): sign in again. */
export class SessionRefused extends Error {}

async function call<T>(path: string, init: RequestInit & { session?: string } = {}): Promise<T> {
  const { session, ...rest } = init;
  let response: Response;
  try {
    response = await fetch(path, {
      ...rest,
      cache: "no-store",
      headers: {
        ...(rest.body ? { "content-type": "application/json" } : {}),
        ...(session ? { authorization: `Bearer ${session}` } : {}),
      },
    });
  } catch {
    throw new Error("The server does not answer: is journeykit-server still running?");
  }
  const body = (await response.json().catch(() => null)) as (T & { error?: unknown }) | null;
  if (response.ok && body) return body;
  const why = typeof body?.error === "string" ? body.error : `it answered ${response.status}`;
  if (response.status === 401 && session) throw new SessionRefused(why);
  throw new Error(`${why.charAt(0).toUpperCase()}${why.slice(1)}.`);
}

/**
 * Exchange the facilitator passcode for a session (the passcode itself is never kept).
 *
 * @example
 * const session = await signIn("k7mq-p3xr-9tdw");
 */
export function signIn(passcode: string): Promise<FacilitatorSession> {
  return call("/facilitator/session", { method: "POST", body: JSON.stringify({ passcode }) });
}

/** Start a room from `map` (the server keeps it; everyone who opens the links edits it). */
export function startRoom(
  session: FacilitatorSession,
  map: JourneyMap,
  mapId?: string,
): Promise<StartedRoom> {
  return call("/facilitator/rooms", {
    method: "POST",
    session: session.session,
    body: JSON.stringify({ map, ...(mapId ? { mapId } : {}) }),
  });
}

/** The rooms started on this server, the most recently active first. */
export async function listRooms(session: FacilitatorSession): Promise<FacilitatorRoom[]> {
  return (await call<{ rooms: FacilitatorRoom[] }>("/facilitator/rooms", { session: session.session })).rooms;
}

/** Fresh links for a room started earlier (after a restart, the next day). */
export function openRoom(session: FacilitatorSession, room: string): Promise<StartedRoom> {
  return call(`/facilitator/rooms/${encodeURIComponent(room)}/open`, {
    method: "POST",
    session: session.session,
    body: "{}",
  });
}

/** End a room: its links stop working; the map is kept and can still be downloaded. */
export function endRoom(session: FacilitatorSession, room: string): Promise<FacilitatorRoom> {
  return call(`/facilitator/rooms/${encodeURIComponent(room)}/end`, {
    method: "POST",
    session: session.session,
    body: "{}",
  });
}

/** A room's map as it is now. */
export function roomMap(session: FacilitatorSession, room: string): Promise<JourneyMap> {
  return call(`/facilitator/rooms/${encodeURIComponent(room)}/map`, { session: session.session });
}

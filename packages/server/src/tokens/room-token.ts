import { errors, jwtVerify, SignJWT } from "jose";

/** What a participant may do in a room: `edit` writes, `view` only watches. */
export type RoomRole = "edit" | "view";

/** The claims of a room token: which room, who, and what they may do. */
export interface RoomClaims {
  room: string;
  name: string;
  role: RoomRole;
  /**
   * The workshop's facilitator (an edit token only): may lock and unlock editing and start, end or
   * reset dot voting. Everyone else's attempts are refused by the server.
   */
  facilitator?: boolean;
  /**
   * One participant's own id (the tokens a join code gives, one per browser): dot voting keys the
   * participant's ballot by it, whatever id their requests carry.
   */
  participant?: string;
}

/**
 * A participant id in a room token: letters, digits, `-`, `_`, up to 64.
 *
 * @example
 * PARTICIPANT_ID.test("p-Qm9vLGJhcg"); // true
 */
export const PARTICIPANT_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Room names are file names in the data folder and path segments in URLs: letters, digits, `-`, `_`.
 *
 * @example
 * ROOM_NAME.test("workshop-42"); // true
 */
export const ROOM_NAME = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * Why a token was refused.
 *
 * @example
 * try { await verifyRoomToken(token, secret, room); } catch (error) { if (error instanceof RoomTokenError) reply(401, error.message); }
 */
export class RoomTokenError extends Error {
  override readonly name = "RoomTokenError";
}

const key = (secret: string) => {
  if (secret.length < 16) throw new RoomTokenError("the secret must be at least 16 characters");
  return new TextEncoder().encode(secret);
};

/**
 * Sign a room token (JWT, HS256) with `{ room, name, role, facilitator?, participant?, exp }`. `ttl` is a duration as
 * jose reads it (`"8h"`, `"30m"`, `"2d"`) or an expiry in seconds since the epoch (a participant's
 * token that ends with the facilitator's).
 *
 * @example
 * const token = await signRoomToken({ room: "workshop-42", name: "Ana", role: "edit" }, secret, "8h");
 * const host = await signRoomToken({ room: "workshop-42", name: "Ana", role: "edit", facilitator: true }, secret);
 */
export async function signRoomToken(
  claims: RoomClaims,
  secret: string,
  ttl: string | number = "8h",
): Promise<string> {
  if (!ROOM_NAME.test(claims.room))
    throw new RoomTokenError(`room "${claims.room}": use 1-100 letters, digits, "-" or "_"`);
  if (claims.role !== "edit" && claims.role !== "view")
    throw new RoomTokenError(`role "${String(claims.role)}": expected "edit" or "view"`);
  if (claims.facilitator && claims.role !== "edit")
    throw new RoomTokenError("a facilitator's token must be an edit token");
  if (claims.participant !== undefined && !PARTICIPANT_ID.test(claims.participant))
    throw new RoomTokenError(`participant "${claims.participant}": use 1-64 letters, digits, "-" or "_"`);
  const payload = {
    room: claims.room,
    name: claims.name,
    role: claims.role,
    ...(claims.facilitator ? { facilitator: true } : {}),
    ...(claims.participant !== undefined ? { participant: claims.participant } : {}),
  };
  return new SignJWT(payload)
    .setProtectedHeader({ alg: "HS256" })
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(key(secret));
}

/**
 * Verify a room token and return its claims; throws `RoomTokenError` saying why it is refused (missing,
 * bad signature, expired, for another room, malformed claims).
 *
 * @example
 * const { name, role } = await verifyRoomToken(token, secret, "workshop-42");
 */
export async function verifyRoomToken(
  token: string | undefined,
  secret: string,
  room?: string,
): Promise<RoomClaims> {
  if (!token) throw new RoomTokenError("no token");
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, key(secret), { algorithms: ["HS256"], requiredClaims: ["exp"] }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw new RoomTokenError("the token has expired");
    throw new RoomTokenError("the token is not valid for this server");
  }
  const { room: claimed, name, role, facilitator, participant } = payload;
  if (typeof claimed !== "string" || typeof name !== "string" || (role !== "edit" && role !== "view"))
    throw new RoomTokenError("the token lacks room, name or role");
  if (room !== undefined && claimed !== room) throw new RoomTokenError(`the token is for room "${claimed}"`);
  return {
    room: claimed,
    name,
    role,
    // Only an edit token can facilitate (signRoomToken never signs a view token that claims it).
    ...(role === "edit" && facilitator === true ? { facilitator: true } : {}),
    ...(typeof participant === "string" && PARTICIPANT_ID.test(participant) ? { participant } : {}),
  };
}

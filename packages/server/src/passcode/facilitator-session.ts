import { createHmac } from "node:crypto";
import { decodeJwt, jwtVerify, SignJWT } from "jose";
import type { PasscodeRecord } from "./passcode-hash.js";

/** Why a facilitator session was refused (sign in with the passcode again). */
export class FacilitatorSessionError extends Error {
  override readonly name = "FacilitatorSessionError";
}

const AUDIENCE = "journeykit:facilitator";

/** How long a browser stays signed in as the facilitator. */
export const SESSION_TTL = "30d";

/** Which passcode a session was issued under: changing the passcode ends every session. */
function passcodeVersion(record: PasscodeRecord, secret: string): string {
  return createHmac("sha256", secret)
    .update(`${record.salt}:${record.hash}`)
    .digest("base64url")
    .slice(0, 22);
}

/**
 * The token a browser keeps after the facilitator typed the passcode (a JWT signed with the server's
 * secret, audience `journeykit:facilitator`): it lists, creates and ends rooms. It is not a room token
 * (no room, name or role), so it opens no room itself.
 *
 * @example
 * const session = await signFacilitatorSession(secret, record);
 */
export async function signFacilitatorSession(
  secret: string,
  record: PasscodeRecord,
  ttl: string | number = SESSION_TTL,
): Promise<{ session: string; expiresAt: string }> {
  const session = await new SignJWT({ pv: passcodeVersion(record, secret) })
    .setProtectedHeader({ alg: "HS256" })
    .setAudience(AUDIENCE)
    .setSubject("facilitator")
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(new TextEncoder().encode(secret));
  return { session, expiresAt: new Date(Number(decodeJwt(session).exp) * 1000).toISOString() };
}

/**
 * Check a facilitator session against the server's secret and its current passcode; throws
 * `FacilitatorSessionError` when it is missing, forged, expired, or from before a passcode change.
 *
 * @example
 * await verifyFacilitatorSession(bearer, secret, readPasscode(dataDir));
 */
export async function verifyFacilitatorSession(
  session: string | undefined,
  secret: string,
  record: PasscodeRecord | null,
): Promise<void> {
  if (!session) throw new FacilitatorSessionError("sign in with the facilitator passcode");
  if (!record) throw new FacilitatorSessionError("this server has no facilitator passcode");
  let pv: unknown;
  try {
    ({
      payload: { pv },
    } = await jwtVerify(session, new TextEncoder().encode(secret), {
      algorithms: ["HS256"],
      audience: AUDIENCE,
      requiredClaims: ["exp"],
    }));
  } catch {
    throw new FacilitatorSessionError("the facilitator session has ended: type the passcode again");
  }
  if (pv !== passcodeVersion(record, secret))
    throw new FacilitatorSessionError("the passcode has changed: type the new one");
}

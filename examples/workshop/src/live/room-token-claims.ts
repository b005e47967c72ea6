/**
 * What the app reads from a room token to choose its screen: whether it is the facilitator's, and when
 * it expires. The app does not check the signature (it has no secret); the server does, and refuses
 * what the token does not allow, so a participant who edits their link gains nothing but controls
 * that the server answers with "Only the facilitator can…".
 */
export interface RoomTokenClaims {
  role: "edit" | "view" | undefined;
  facilitator: boolean;
  expiresAt: Date | undefined;
  /** The participant id a short link's token carries (the key of this participant's dot-voting ballot). */
  participant: string | undefined;
}

function base64UrlJson(part: string): unknown {
  const base64 = part
    .replace(/-/g, "+")
    .replace(/_/g, "/")
    .padEnd(Math.ceil(part.length / 4) * 4, "=");
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

/**
 * The claims of a journeykit room token (a JWT); for anything that is not one, no role, not the
 * facilitator, no expiry.
 *
 * @example
 * if (readRoomTokenClaims(link.token).facilitator) showFacilitatorControls();
 */
export function readRoomTokenClaims(token: string): RoomTokenClaims {
  try {
    const payload = base64UrlJson(token.split(".")[1] ?? "") as Record<string, unknown> | null;
    const role = payload?.role === "edit" || payload?.role === "view" ? payload.role : undefined;
    const exp = payload?.exp;
    return {
      role,
      facilitator: role === "edit" && payload?.facilitator === true,
      expiresAt: typeof exp === "number" && Number.isFinite(exp) ? new Date(exp * 1000) : undefined,
      participant: typeof payload?.participant === "string" ? payload.participant : undefined,
    };
  } catch {
    return { role: undefined, facilitator: false, expiresAt: undefined, participant: undefined };
  }
}

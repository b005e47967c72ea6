import type { PresenceState } from "@journeykit/collab";
import type { RoomClaims } from "../tokens/room-token.js";

/**
 * Presence fields only the facilitator may share: a presentation with "follow me" takes over everyone
 * else's screen.
 *
 * @example
 * FACILITATOR_PRESENCE.includes("followMe"); // true
 */
export const FACILITATOR_PRESENCE = [
  "presenting",
  "followMe",
] as const satisfies readonly (keyof PresenceState)[];

/**
 * Presence fields only an edit token may share: a selection shows others an edit in progress.
 *
 * @example
 * EDITOR_PRESENCE.includes("selection"); // true
 */
export const EDITOR_PRESENCE = ["selection"] as const satisfies readonly (keyof PresenceState)[];

/**
 * The field the server sets from the token (never from the client): this is the facilitator.
 *
 * @example
 * const leader = peers.find((peer) => peer[FACILITATOR_MARK] === true && peer.followMe === true);
 */
export const FACILITATOR_MARK = "facilitator" satisfies keyof PresenceState;

/**
 * What a participant's presence may say, given the token they connected with: a view token's
 * `selection`, and anyone's `presenting` and `followMe` but the facilitator's, are dropped; the
 * `facilitator` mark is set on the facilitator's presence and removed from everyone else's. Returns a
 * new object; a state that is not a JSON object (no journeykit client sends one) gives undefined.
 *
 * @example
 * presenceFor({ name: "Eve", colour: "#000", presenting: "s-1", followMe: true }, { room, name: "Eve", role: "view" });
 * // { name: "Eve", colour: "#000" }
 */
export function presenceFor(
  state: unknown,
  claims: RoomClaims | undefined,
): Record<string, unknown> | undefined {
  if (typeof state !== "object" || state === null || Array.isArray(state)) return undefined;
  const allowed: Record<string, unknown> = { ...state };
  const facilitator = claims?.role === "edit" && claims.facilitator === true;
  if (!facilitator) for (const field of FACILITATOR_PRESENCE) delete allowed[field];
  if (claims?.role !== "edit") for (const field of EDITOR_PRESENCE) delete allowed[field];
  if (facilitator) allowed[FACILITATOR_MARK] = true;
  else delete allowed[FACILITATOR_MARK];
  return allowed;
}

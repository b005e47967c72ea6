import type { onStatelessPayload } from "@hocuspocus/server";
import { encodeVotingMessage, parseVotingRequest, type VotingReply } from "@journeykit/collab";
import type { RoomClaims } from "../tokens/room-token.js";
import { applyVotingRequest } from "./apply-voting-request.js";

/**
 * The origin of the server's own voting writes: a Hocuspocus local origin, so they are broadcast to
 * every client and stored like any change, and clients can tell them from their own edits.
 */
export const VOTING_ORIGIN = { source: "local", context: { journeykit: "voting" } } as const;

/**
 * The `onStateless` hook of dot voting: a payload on the voting channel is checked and applied to the
 * room (`applyVotingRequest`, with the connection's token: role, facilitator, name and participant id) and answered to its sender
 * only; payloads of other channels are left alone (returns false).
 *
 * @example
 * new Server({ async onStateless(payload) { await handleVotingMessage(payload); } });
 */
export async function handleVotingMessage({ connection, document, payload }: onStatelessPayload) {
  const request = parseVotingRequest(payload);
  if (!request) return false;
  let reply: VotingReply;
  if (request.kind === "invalid") {
    reply = { request: request.request, ok: false, code: "bad-request", message: request.reason };
  } else {
    const claims = (connection.context as { user?: RoomClaims } | undefined)?.user;
    reply = applyVotingRequest(
      document,
      request,
      // From the token, not connection.readOnly: a locked room makes participants read-only, and
      // dot voting usually runs while the map is locked.
      {
        viewOnly: claims?.role !== "edit",
        facilitator: claims?.facilitator === true,
        tokenName: claims?.name ?? "",
        ...(claims?.participant ? { participant: claims.participant } : {}),
      },
      VOTING_ORIGIN,
    );
  }
  connection.sendStateless(encodeVotingMessage(reply));
  return true;
}

import type { onStatelessPayload } from "@hocuspocus/server";
import { HEARTBEAT } from "@journeykit/collab";

/**
 * The `onStateless` hook of connection checks: a client's heartbeat (`HEARTBEAT`) is sent straight
 * back to that client only, so its app can tell a live connection from one whose network is gone
 * (`watchConnection`). Returns whether the payload was a heartbeat.
 *
 * @example
 * new Server({ async onStateless(payload) { if (!answerHeartbeat(payload)) await handleVotingMessage(payload); } });
 */
export function answerHeartbeat({
  connection,
  payload,
}: Pick<onStatelessPayload, "connection" | "payload">): boolean {
  if (payload !== HEARTBEAT) return false;
  connection.sendStateless(HEARTBEAT);
  return true;
}

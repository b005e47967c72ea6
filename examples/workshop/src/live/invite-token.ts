import { serverHttpUrl } from "./live-link";

/**
 * Ask the journeykit-server for a participant's token for `room` (`POST /rooms/:room/invite` with the
 * facilitator's token): an edit token that expires with the facilitator's, for the join link. Throws
 * an Error whose message says what went wrong, in words for the facilitator.
 *
 * @example
 * const token = await requestInviteToken("ws://192.168.1.20:1234", "workshop", facilitatorToken);
 */
export async function requestInviteToken(
  server: string,
  room: string,
  facilitatorToken: string,
  signal?: AbortSignal,
): Promise<string> {
  const http = serverHttpUrl(server);
  let response: Response;
  try {
    response = await fetch(`${http}/rooms/${encodeURIComponent(room)}/invite`, {
      method: "POST",
      headers: { authorization: `Bearer ${facilitatorToken}`, "content-type": "application/json" },
      body: JSON.stringify({ role: "edit" }),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new Error(`Could not reach the server at ${http}: is journeykit-server running there?`);
  }
  const body = (await response.json().catch(() => null)) as { token?: unknown; error?: unknown } | null;
  if (response.ok && typeof body?.token === "string") return body.token;
  const why = typeof body?.error === "string" ? body.error : `it answered ${response.status}`;
  throw new Error(`The server did not give a join link: ${why}.`);
}

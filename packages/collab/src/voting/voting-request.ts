/**
 * What a client asks the server to do with the room's dot voting, sent as a Hocuspocus stateless
 * message. `request` is the client's id for the answer.
 */
export type VotingRequest =
  | {
      kind: "vote";
      request: string;
      /** The participant's stable id (the workshop app keeps it in localStorage). */
      participant: string;
      /** The participant's name, shown in the facilitator's results. */
      name: string;
      cardId: string;
      /** +1 gives a dot, -1 takes one back. */
      delta: 1 | -1;
    }
  | { kind: "start"; request: string; dots: number }
  | { kind: "end"; request: string }
  | { kind: "reset"; request: string };

/** A payload on the voting channel that is not a valid request: answered `bad-request` with `reason`. */
export interface InvalidVotingRequest {
  kind: "invalid";
  /** The request id when the payload had one ("" otherwise). */
  request: string;
  reason: string;
}

/** Why the server refused a request: one code per rule, with a sentence for people in `message`. */
export type VotingRefusal =
  | "closed"
  | "no-dots-left"
  | "no-dot-to-take-back"
  | "unknown-card"
  | "not-votable"
  | "view-only"
  /** Starting, ending or resetting the round from a token that is not the facilitator's. */
  | "not-facilitator"
  | "bad-request"
  /** Client side: not connected, so nothing was sent; or no answer in time. */
  | "offline"
  | "no-answer";

/** The server's answer to one request, sent back to the asking connection only. */
export type VotingReply =
  | { request: string; ok: true }
  | { request: string; ok: false; code: VotingRefusal; message: string };

/** Marks journeykit voting messages among a room's stateless messages (other features use them too). */
export const VOTING_CHANNEL = "journeykit/voting";

/** The most dots a round may give each participant. */
export const MAX_DOTS = 100;

/** A plain JSON object (what a voting message or a stored ballot must be). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const shortString = (value: unknown, max: number): value is string =>
  typeof value === "string" && value.length > 0 && value.length <= max;

/**
 * Encode a request as a stateless payload.
 *
 * @example
 * provider.sendStateless(encodeVotingMessage({ kind: "end", request: "r1" }));
 */
export function encodeVotingMessage(message: VotingRequest | VotingReply): string {
  return JSON.stringify({ channel: VOTING_CHANNEL, message });
}

/** The message of a voting payload, or undefined for another channel's payload or non-JSON. */
function openEnvelope(payload: string): Record<string, unknown> | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed) || parsed.channel !== VOTING_CHANNEL || !isRecord(parsed.message)) return undefined;
  return parsed.message;
}

/**
 * Read a stateless payload as a voting request: `undefined` when it is not one (another channel),
 * `{ kind: "invalid", reason }` when it is on the voting channel but malformed (the server answers
 * `bad-request` with the reason).
 *
 * @example
 * const request = parseVotingRequest(payload); // { kind: "vote", cardId, delta: 1, ... }
 */
export function parseVotingRequest(payload: string): VotingRequest | InvalidVotingRequest | undefined {
  const message = openEnvelope(payload);
  if (!message) return undefined;
  const request = message.request;
  if (!shortString(request, 100)) return { kind: "invalid", request: "", reason: "The request has no id." };
  const invalid = (reason: string): InvalidVotingRequest => ({ kind: "invalid", request, reason });
  switch (message.kind) {
    case "vote": {
      const { participant, name, cardId, delta } = message;
      if (!shortString(participant, 100)) return invalid("A vote needs the participant's id.");
      if (typeof name !== "string") return invalid("A vote needs the participant's name.");
      if (!shortString(cardId, 200)) return invalid("A vote needs a card id.");
      if (delta !== 1 && delta !== -1) return invalid("A vote gives (+1) or takes back (-1) one dot.");
      return { kind: "vote", request, participant, name: name.trim().slice(0, 60), cardId, delta };
    }
    case "start": {
      const { dots } = message;
      if (typeof dots !== "number" || !Number.isInteger(dots) || dots < 1 || dots > MAX_DOTS)
        return invalid(`Dots per participant must be a whole number from 1 to ${MAX_DOTS}.`);
      return { kind: "start", request, dots };
    }
    case "end":
    case "reset":
      return { kind: message.kind, request };
    default:
      return invalid(`Unknown voting request "${String(message.kind)}".`);
  }
}

/**
 * Read a stateless payload as the server's answer to a voting request (undefined for anything else).
 *
 * @example
 * provider.on("stateless", ({ payload }) => { const reply = parseVotingReply(payload); });
 */
export function parseVotingReply(payload: string): VotingReply | undefined {
  const message = openEnvelope(payload);
  if (!message || typeof message.request !== "string") return undefined;
  if (message.ok === true) return { request: message.request, ok: true };
  if (message.ok === false && typeof message.code === "string" && typeof message.message === "string")
    return {
      request: message.request,
      ok: false,
      code: message.code as VotingRefusal,
      message: message.message,
    };
  return undefined;
}

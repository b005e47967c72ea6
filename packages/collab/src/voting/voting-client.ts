import {
  encodeVotingMessage,
  parseVotingReply,
  type VotingReply,
  type VotingRequest,
} from "./voting-request.js";

/**
 * The part of a room's provider voting needs (a `HocuspocusProvider` is one): send a stateless message,
 * hear the server's.
 */
export interface StatelessChannel {
  /** False while disconnected (a provider queues messages then): requests are refused at once. */
  readonly isSynced?: boolean;
  sendStateless(payload: string): void;
  on(event: "stateless", listener: (data: { payload: string }) => void): unknown;
  off(event: "stateless", listener: (data: { payload: string }) => void): unknown;
}

/** Who is voting: a stable id (kept across reloads) and the name the facilitator sees. */
export interface Voter {
  id: string;
  name: string;
}

/** Asks the server to count dots; each call resolves with the server's answer (or a timeout's). */
export interface VotingClient {
  /** Give a card a dot (`+1`) or take one back (`-1`). */
  vote(cardId: string, delta: 1 | -1): Promise<VotingReply>;
  /** Open a round with `dots` per participant (the facilitator); ballots already cast are kept. */
  start(dots: number): Promise<VotingReply>;
  /** Close the round: the server refuses votes until it is started again. */
  end(): Promise<VotingReply>;
  /** Remove every ballot and every card's votes. */
  reset(): Promise<VotingReply>;
  /** Stop listening; pending calls resolve as unanswered. */
  destroy(): void;
}

/** Options of `createVotingClient`. */
export interface VotingClientOptions {
  /** How long to wait for the server's answer (default 8000 ms). */
  timeoutMs?: number;
}

type Body =
  | Omit<Extract<VotingRequest, { kind: "vote" }>, "request">
  | Omit<Extract<VotingRequest, { kind: "start" }>, "request">
  | { kind: "end" | "reset" };

/**
 * Dot voting counted by `journeykit-server`: requests travel as stateless messages on the room's
 * provider, the server checks them (round open, card exists and is votable, the voter's dots, the
 * token's role) and writes ballots and card totals into the room; each call resolves with its answer.
 *
 * @example
 * const voting = createVotingClient(room.provider, { id: participantId, name: "Ana" });
 * const reply = await voting.vote(cardId, 1);
 * if (!reply.ok) alert(reply.message); // "You have used all 3 of your dots..."
 */
export function createVotingClient(
  channel: StatelessChannel,
  voter: Voter,
  options: VotingClientOptions = {},
): VotingClient {
  const timeoutMs = options.timeoutMs ?? 8000;
  const pending = new Map<
    string,
    { settle(reply: VotingReply): void; timer: ReturnType<typeof setTimeout> }
  >();
  let next = 0;
  const prefix = Math.random().toString(36).slice(2, 10);
  const unanswered = (request: string): VotingReply => ({
    request,
    ok: false,
    code: "no-answer",
    message:
      "The server has not answered yet (a slow or lost connection): check your dots left before trying again.",
  });
  const listener = ({ payload }: { payload: string }) => {
    const reply = parseVotingReply(payload);
    const waiting = reply && pending.get(reply.request);
    if (!reply || !waiting) return;
    pending.delete(reply.request);
    clearTimeout(waiting.timer);
    waiting.settle(reply);
  };
  channel.on("stateless", listener);
  const send = (body: Body) =>
    new Promise<VotingReply>((settle) => {
      const request = `${prefix}-${++next}`;
      if (channel.isSynced === false) {
        settle({
          request,
          ok: false,
          code: "offline",
          message: "You are offline: nothing was sent. Try again once the session is connected.",
        });
        return;
      }
      const timer = setTimeout(() => {
        pending.delete(request);
        settle(unanswered(request));
      }, timeoutMs);
      pending.set(request, { settle, timer });
      channel.sendStateless(encodeVotingMessage({ ...body, request } as VotingRequest));
    });
  return {
    vote: (cardId, delta) => send({ kind: "vote", participant: voter.id, name: voter.name, cardId, delta }),
    start: (dots) => send({ kind: "start", dots }),
    end: () => send({ kind: "end" }),
    reset: () => send({ kind: "reset" }),
    destroy() {
      channel.off("stateless", listener);
      for (const [request, { settle, timer }] of pending) {
        clearTimeout(timer);
        settle(unanswered(request));
      }
      pending.clear();
    },
  };
}

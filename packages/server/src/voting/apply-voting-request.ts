import {
  BALLOTS_MAP,
  type Ballot,
  dotsUsed,
  readVoting,
  SESSION_MAP,
  VOTABLE_LANE_KINDS,
  VOTING_KEY,
  type VotingRefusal,
  type VotingReply,
  type VotingRequest,
} from "@journeykit/collab";
import * as Y from "yjs";
import { writeAllTotals, writeTotal } from "./card-totals.js";

/** Who sent a request, as the server knows it from the connection's room token. */
export interface VotingSender {
  /** True for a view token: it may watch, not vote or run the round. */
  viewOnly: boolean;
  /** True for the facilitator's token: only it may start, end or reset the round. */
  facilitator: boolean;
  /** The name in the room token, used when a vote carries none. */
  tokenName: string;
  /**
   * The participant id the room token carries (a join code's token): the ballot's key, whatever id the
   * request names, so no one votes or takes dots back on another's ballot, and a participant who
   * comes back with their token finds their dots.
   */
  participant?: string;
}

const refuse = (request: string, code: VotingRefusal, message: string): VotingReply => ({
  request,
  ok: false,
  code,
  message,
});

const field = (record: unknown, key: string): unknown =>
  record instanceof Y.Map ? (record as Y.Map<unknown>).get(key) : undefined;

/** Why a card cannot take a dot, or undefined when it can. */
function cardRefusal(doc: Y.Doc, request: string, cardId: string): VotingReply | undefined {
  const card = doc.getMap<unknown>("cards").get(cardId);
  if (!(card instanceof Y.Map)) return refuse(request, "unknown-card", "That card is no longer on the map.");
  const lane = doc.getMap<unknown>("lanes").get(String(field(card, "laneId")));
  if (!VOTABLE_LANE_KINDS.includes(String(field(lane, "kind"))))
    return refuse(request, "not-votable", "Only pain point and opportunity cards take dots.");
  return undefined;
}

function vote(doc: Y.Doc, request: Extract<VotingRequest, { kind: "vote" }>, sender: VotingSender) {
  const voting = readVoting(doc);
  if (!voting.open)
    return refuse(request.request, "closed", "Dot voting is not open: wait for the facilitator to start it.");
  const notVotable = cardRefusal(doc, request.request, request.cardId);
  if (notVotable) return notVotable;
  const cards = doc.getMap<unknown>("cards");
  const voter = sender.participant ?? request.participant;
  const previous = voting.ballots.get(voter);
  const onCard = previous?.cards[request.cardId] ?? 0;
  if (request.delta === 1) {
    const used = dotsUsed(previous, (id) => cards.has(id));
    if (used >= voting.dots)
      return refuse(
        request.request,
        "no-dots-left",
        `You have used all ${voting.dots} of your dots. To place one elsewhere, take it back first.`,
      );
  } else if (onCard === 0)
    return refuse(request.request, "no-dot-to-take-back", "You have no dot on that card to take back.");
  const count = onCard + request.delta;
  const kept = Object.fromEntries(
    Object.entries(previous?.cards ?? {}).filter(([id]) => id !== request.cardId && cards.has(id)),
  );
  const ballot: Ballot = {
    name: request.name || previous?.name || sender.tokenName,
    cards: count > 0 ? { ...kept, [request.cardId]: count } : kept,
  };
  doc.getMap<unknown>(BALLOTS_MAP).set(voter, ballot);
  writeTotal(doc, request.cardId, new Map(voting.ballots).set(voter, ballot));
  return { request: request.request, ok: true } as const;
}

/**
 * Apply one voting request to a room's Y.Doc, as the server: check it (a view token may not vote; only
 * the facilitator's token may start, end or reset the round; a vote needs an open round, an existing pain point or opportunity card, and a dot
 * left, or for -1 a dot of the voter's on that card), then write the round (`session.voting`), the
 * voter's ballot (`ballots`) and the card's `votes` total in one transaction with `origin`, so every
 * client, the snapshot and `GET /rooms/:room/map` show the server's count. Returns the answer for the
 * sender.
 *
 * @example
 * const reply = applyVotingRequest(document, request, { viewOnly: false, facilitator: true, tokenName: "Ana" }, origin);
 */
export function applyVotingRequest(
  doc: Y.Doc,
  request: VotingRequest,
  sender: VotingSender,
  origin: unknown = null,
): VotingReply {
  if (sender.viewOnly)
    return refuse(request.request, "view-only", "This is a view-only link: it cannot vote or run voting.");
  if (request.kind !== "vote" && !sender.facilitator)
    return refuse(
      request.request,
      "not-facilitator",
      "Only the facilitator can start, end or reset dot voting.",
    );
  let reply: VotingReply = { request: request.request, ok: true };
  doc.transact(() => {
    const session = doc.getMap<unknown>(SESSION_MAP);
    switch (request.kind) {
      case "vote":
        reply = vote(doc, request, sender);
        break;
      case "start":
        session.set(VOTING_KEY, { open: true, dots: request.dots });
        writeAllTotals(doc, readVoting(doc).ballots);
        break;
      case "end":
        session.set(VOTING_KEY, { open: false, dots: readVoting(doc).dots });
        break;
      case "reset": {
        const ballots = doc.getMap<unknown>(BALLOTS_MAP);
        for (const id of [...ballots.keys()]) ballots.delete(id);
        writeAllTotals(doc, new Map());
        break;
      }
    }
  }, origin);
  return reply;
}

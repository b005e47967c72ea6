import type * as Y from "yjs";
import { isRecord } from "./voting-request.js";

/**
 * The room-level Y.Map a live session keeps its settings in (`locked`, `voting`), beside the map.
 *
 * @example
 * doc.getMap(SESSION_MAP).get("voting"); // { open: true, dots: 3 }
 */
export const SESSION_MAP = "session";

/** The key in `SESSION_MAP` holding the voting round, `{ open, dots }`; written by the server only. */
export const VOTING_KEY = "voting";

/**
 * The Y.Map of ballots, participant id -> `Ballot`; written by the server only.
 *
 * @example
 * doc.getMap(BALLOTS_MAP).get(participantId); // { name: "Ana", cards: { "card-1": 2 } }
 */
export const BALLOTS_MAP = "ballots";

/** One participant's dots: their name and how many dots they gave each card (card id -> dots). */
export interface Ballot {
  name: string;
  cards: Readonly<Record<string, number>>;
}

/** The room's dot voting as the server wrote it: open or not, dots per participant, everyone's ballot. */
export interface VotingState {
  open: boolean;
  /** Dots each participant has in this round. */
  dots: number;
  /** Participant id -> ballot. */
  ballots: ReadonlyMap<string, Ballot>;
}

/**
 * The lane kinds whose cards take dots (what the editor shows the vote button on).
 *
 * @example
 * VOTABLE_LANE_KINDS.includes(lane.kind);
 */
export const VOTABLE_LANE_KINDS: readonly string[] = ["painPoints", "opportunities"];

/** Dots per participant when a round is started without a number. */
export const DEFAULT_DOTS = 3;

/** A ballot read loosely: a name string and whole, positive counts; anything else is dropped. */
export function readBallot(value: unknown): Ballot | undefined {
  if (!isRecord(value) || !isRecord(value.cards)) return undefined;
  const cards: Record<string, number> = {};
  for (const [cardId, count] of Object.entries(value.cards)) {
    if (typeof count === "number" && Number.isInteger(count) && count > 0) cards[cardId] = count;
  }
  return { name: typeof value.name === "string" ? value.name : "", cards };
}

/**
 * Read the room's dot voting from its Y.Doc (closed with `DEFAULT_DOTS` and no ballots when nothing was
 * written yet).
 *
 * @example
 * const { open, dots, ballots } = readVoting(room.doc);
 */
export function readVoting(doc: Y.Doc): VotingState {
  const round = doc.getMap<unknown>(SESSION_MAP).get(VOTING_KEY);
  const dots =
    isRecord(round) && typeof round.dots === "number" && Number.isInteger(round.dots) && round.dots > 0
      ? round.dots
      : DEFAULT_DOTS;
  const ballots = new Map<string, Ballot>();
  doc.getMap<unknown>(BALLOTS_MAP).forEach((value, id) => {
    const ballot = readBallot(value);
    if (ballot) ballots.set(id, ballot);
  });
  return { open: isRecord(round) && round.open === true, dots, ballots };
}

/**
 * Dots a participant has used: the sum of their ballot over cards that still exist (`cardExists`), so a
 * dot on a deleted card comes back.
 *
 * @example
 * const left = voting.dots - dotsUsed(voting.ballots.get(me), (id) => map.cards.some((c) => c.id === id));
 */
export function dotsUsed(ballot: Ballot | undefined, cardExists: (cardId: string) => boolean = () => true) {
  if (!ballot) return 0;
  let used = 0;
  for (const [cardId, count] of Object.entries(ballot.cards)) if (cardExists(cardId)) used += count;
  return used;
}

/**
 * Call `listener` with the voting state whenever the server changes it; returns the unsubscribe.
 *
 * @example
 * useEffect(() => watchVoting(room.doc, setVoting), [room.doc]);
 */
export function watchVoting(doc: Y.Doc, listener: (voting: VotingState) => void): () => void {
  const session = doc.getMap<unknown>(SESSION_MAP);
  const ballots = doc.getMap<unknown>(BALLOTS_MAP);
  const onSession = (event: Y.YMapEvent<unknown>) => {
    if (event.keysChanged.has(VOTING_KEY)) listener(readVoting(doc));
  };
  const onBallots = () => listener(readVoting(doc));
  session.observe(onSession);
  ballots.observe(onBallots);
  return () => {
    session.unobserve(onSession);
    ballots.unobserve(onBallots);
  };
}

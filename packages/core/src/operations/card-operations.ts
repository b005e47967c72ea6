import { current, type Draft, original, type Patch } from "immer";
import { cardIndex } from "../document-index/document-index.js";
import { createId } from "../ids.js";
import { LIMITS } from "../limits.js";
import { type Card, cardSchema } from "../records/card.js";
import type { JourneyMap } from "../records/journey-map.js";
import { defineAdd, defineUpdate, type RemoveArgs, refs } from "./collection-operations.js";
import { defineOperation } from "./define-operation.js";
import { applyChanges, indexById, plainCopy } from "./record-changes.js";

const cardReferencesExist = (draft: Draft<JourneyMap>, card: Card) =>
  refs.lane(draft, card.laneId) &&
  refs.stage(draft, card.stageId) &&
  refs.persona(draft, card.personaId) &&
  refs.touchpoint(draft, card.touchpointId, card.stageId);

/** Add a card. @example addCard(map, { record: createCard({ laneId, stageId, text: "Waits" }) }) */
export const addCard = defineAdd("addCard", "cards", cardSchema, cardReferencesExist);

/**
 * Change a card's fields (text, severity, votes...). Moving it to another cell is `moveCard`.
 *
 * @example
 * updateCard(map, { id: card.id, changes: { text: "Waits 20 minutes", severity: 4 } });
 */
export const updateCard = defineUpdate("updateCard", "cards", cardSchema, cardReferencesExist, [
  "laneId",
  "stageId",
]);

/** Remove a card. @example removeCard(map, { id: card.id }) */
export const removeCard = defineOperation("removeCard", (draft, { id }: RemoveArgs) => {
  const index = indexById(draft.cards, id);
  if (index >= 0) draft.cards.splice(index, 1);
});

/** Arguments of `moveCard`: the target cell and the position among its cards (last when omitted). */
export interface MoveCardArgs {
  id: string;
  laneId: string;
  stageId: string;
  index?: number;
}

/** Where `moveCard` takes a card from and puts it, and the card as it lands. */
interface MovePlan {
  from: number;
  to: number;
  moved: Card;
}

/**
 * Plan a move on a plain cards list (the map's, or the base of a draft's): the cell's cards and their
 * places come from the list's index (`cardIndex`), so no step scans 10,000 cards.
 */
function planMove(
  map: Draft<JourneyMap> | JourneyMap,
  cards: readonly Card[],
  { id, laneId, stageId, index }: MoveCardArgs,
): MovePlan | undefined {
  const from = indexById(cards, id);
  const card = cards[from];
  if (!card || typeof stageId !== "string" || !refs.lane(map, laneId) || !refs.stage(map, stageId))
    return undefined;
  if (index !== undefined && (typeof index !== "number" || Number.isNaN(index))) return undefined;
  const inCell = cardIndex(cards).cardsInCell(stageId, laneId);
  // The target cell's other cards, in order (the moved card taken out).
  const others = inCell.filter((other) => other.id !== id);
  if (card.laneId === laneId && card.stageId === stageId) {
    const target = index === undefined ? others.length : Math.max(0, Math.min(others.length, index));
    if (inCell.indexOf(card) === target) return undefined;
  }
  const placeOf = (other: Card | undefined) => {
    if (other === undefined) return undefined;
    const i = indexById(cards, other.id);
    return i > from ? i - 1 : i;
  };
  const beforeCard = index === undefined ? undefined : others[Math.max(0, index)];
  const before = placeOf(beforeCard);
  const last = placeOf(others.at(-1));
  const to = before ?? (last === undefined ? Math.min(from, cards.length - 1) : last + 1);
  let moved: Card = card;
  if (card.laneId !== laneId || card.stageId !== stageId) {
    const { touchpointId, ...rest } = card;
    const keepTouchpoint = touchpointId !== undefined && refs.touchpoint(map, touchpointId, stageId);
    moved = { ...rest, laneId, stageId, ...(keepTouchpoint ? { touchpointId } : {}) };
  }
  return { from, to, moved };
}

/** Shift the records between the old and new place one step, and put the card at its new place. */
function applyMove(target: Card[], cards: readonly Card[], { from, to, moved }: MovePlan): void {
  if (to >= from) for (let i = from; i < to; i++) target[i] = cards[i + 1]!;
  else for (let i = from; i > to; i--) target[i] = cards[i - 1]!;
  target[to] = moved;
}

/**
 * Move a card to a cell (lane x stage) and position. A touchpoint of another stage is detached.
 *
 * @example
 * moveCard(map, { id: card.id, laneId: pains.id, stageId: pay.id, index: 0 });
 */
export const moveCard = defineOperation(
  "moveCard",
  (draft, args: MoveCardArgs) => {
    // Read from the base list (plain objects), so 10,000 cards do not each become a draft; only the
    // records between the old and new place are written (a splice would draft every record it moves).
    const cards = (original(draft.cards) ?? current(draft.cards)) as Card[];
    const plan = planMove(draft, cards, args);
    if (plan) applyMove(draft.cards as Card[], cards, plan);
  },
  // The same move without immer, whose patches for a list pass over all of its 10,000 indices: the
  // patches replace exactly the records between the old and new place, as immer's would. (The new
  // list's index is carried over from this one's: a move updates the two cells it touches.)
  (map, args) => {
    const cards = map.cards;
    const plan = planMove(map, cards, args);
    if (!plan) return undefined;
    const next = cards.slice();
    applyMove(next, cards, plan);
    const patches: Patch[] = [];
    const inversePatches: Patch[] = [];
    for (let i = Math.min(plan.from, plan.to); i <= Math.max(plan.from, plan.to); i++) {
      if (next[i] === cards[i]) continue;
      patches.push({ op: "replace", path: ["cards", i], value: next[i] });
      inversePatches.push({ op: "replace", path: ["cards", i], value: cards[i] });
    }
    if (patches.length === 0) return undefined;
    return { map: { ...map, cards: next }, patches, inversePatches };
  },
);

/** Duplicate a card right after itself. @example duplicateCard(map, { id: card.id }) */
export const duplicateCard = defineOperation("duplicateCard", (draft, { id }: { id: string }) => {
  const index = indexById(draft.cards, id);
  const card = draft.cards[index];
  if (!card || draft.cards.length >= LIMITS.maxRecordsPerKind) return;
  draft.cards.splice(index + 1, 0, { ...plainCopy(card), id: createId("card") });
});

/**
 * Add (or with a negative delta, take back) dot votes; never below zero.
 *
 * @example
 * voteCard(map, { id: card.id, delta: 1 });
 */
export const voteCard = defineOperation("voteCard", (draft, { id, delta }: { id: string; delta: number }) => {
  const card = draft.cards[indexById(draft.cards, id)];
  if (!card || !Number.isFinite(delta)) return;
  const votes = Math.max(0, Math.round((card.votes ?? 0) + delta));
  applyChanges(card, { votes: votes === 0 ? undefined : votes }, cardSchema);
});

/** Clear every card's votes (a new voting round). @example resetVotes(map, {}) */
export const resetVotes = defineOperation("resetVotes", (draft, _args: Record<string, never>) => {
  for (const card of draft.cards) if (card.votes !== undefined) delete card.votes;
});

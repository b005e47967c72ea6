import { current, type Draft, original } from "immer";
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

/**
 * Move a card to a cell (lane x stage) and position. A touchpoint of another stage is detached.
 *
 * @example
 * moveCard(map, { id: card.id, laneId: pains.id, stageId: pay.id, index: 0 });
 */
export const moveCard = defineOperation("moveCard", (draft, { id, laneId, stageId, index }: MoveCardArgs) => {
  // Read positions from the base list (plain objects), so 10,000 cards do not each become a draft.
  const base = (original(draft.cards) ?? current(draft.cards)) as Card[];
  const from = indexById(base, id);
  const card = base[from];
  if (!card || typeof stageId !== "string" || !refs.lane(draft, laneId) || !refs.stage(draft, stageId))
    return;
  if (index !== undefined && (typeof index !== "number" || Number.isNaN(index))) return;
  // One pass over the cards: the target cell's positions once the moved card is taken out, and the
  // card's rank among them when it is already in that cell.
  const positions: number[] = [];
  let rank = -1;
  for (let i = 0; i < base.length; i++) {
    const c = base[i]!;
    if (c.laneId !== laneId || c.stageId !== stageId) continue;
    if (i === from) rank = positions.length;
    else positions.push(i > from ? i - 1 : i);
  }
  if (rank >= 0) {
    const last = positions.length;
    const target = index === undefined ? last : Math.max(0, Math.min(last, index));
    if (rank === target) return;
  }
  const before = index === undefined ? undefined : positions[Math.max(0, index)];
  const last = positions.at(-1);
  const to = before ?? (last === undefined ? Math.min(from, base.length - 1) : last + 1);
  let moved: Card = card;
  if (card.laneId !== laneId || card.stageId !== stageId) {
    const { touchpointId, ...rest } = card;
    const keepTouchpoint = touchpointId !== undefined && refs.touchpoint(draft, touchpointId, stageId);
    moved = { ...rest, laneId, stageId, ...(keepTouchpoint ? { touchpointId } : {}) };
  }
  // Shift only the records between the old and new place, reading them from the base list: a
  // splice on the draft would make a draft of every record it moves.
  if (to >= from) for (let i = from; i < to; i++) draft.cards[i] = base[i + 1]!;
  else for (let i = from; i > to; i--) draft.cards[i] = base[i - 1]!;
  draft.cards[to] = moved;
});

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

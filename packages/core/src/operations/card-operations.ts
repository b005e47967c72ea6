import type { Draft } from "immer";
import { createId } from "../ids";
import { type Card, cardSchema } from "../records/card";
import type { JourneyMap } from "../records/journey-map";
import { defineAdd, defineUpdate, type RemoveArgs, refs } from "./collection-operations";
import { defineOperation } from "./define-operation";
import { applyChanges, plainCopy } from "./record-changes";

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
  const index = draft.cards.findIndex((c) => c.id === id);
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
  const from = draft.cards.findIndex((c) => c.id === id);
  const card = draft.cards[from];
  if (!card || !refs.lane(draft, laneId) || !refs.stage(draft, stageId)) return;
  const inCell = (c: { laneId: string; stageId: string }) => c.laneId === laneId && c.stageId === stageId;
  if (inCell(card)) {
    const siblings = draft.cards.filter(inCell);
    const at = siblings.indexOf(card);
    const target =
      index === undefined ? siblings.length - 1 : Math.max(0, Math.min(siblings.length - 1, index));
    if (at === target) return;
  }
  const [moved] = draft.cards.splice(from, 1);
  if (!moved) return;
  moved.laneId = laneId;
  if (moved.stageId !== stageId) {
    moved.stageId = stageId;
    if (moved.touchpointId !== undefined && !refs.touchpoint(draft, moved.touchpointId, stageId)) {
      delete moved.touchpointId;
    }
  }
  const positions: number[] = [];
  draft.cards.forEach((c, i) => {
    if (inCell(c)) positions.push(i);
  });
  const before = index === undefined ? undefined : positions[Math.max(0, index)];
  const last = positions.at(-1);
  draft.cards.splice(
    before ?? (last === undefined ? Math.min(from, draft.cards.length) : last + 1),
    0,
    moved,
  );
});

/** Duplicate a card right after itself. @example duplicateCard(map, { id: card.id }) */
export const duplicateCard = defineOperation("duplicateCard", (draft, { id }: { id: string }) => {
  const index = draft.cards.findIndex((c) => c.id === id);
  const card = draft.cards[index];
  if (!card) return;
  draft.cards.splice(index + 1, 0, { ...plainCopy(card), id: createId("card") });
});

/**
 * Add (or with a negative delta, take back) dot votes; never below zero.
 *
 * @example
 * voteCard(map, { id: card.id, delta: 1 });
 */
export const voteCard = defineOperation("voteCard", (draft, { id, delta }: { id: string; delta: number }) => {
  const card = draft.cards.find((c) => c.id === id);
  if (!card || !Number.isFinite(delta)) return;
  const votes = Math.max(0, Math.round((card.votes ?? 0) + delta));
  applyChanges(card, { votes: votes === 0 ? undefined : votes }, cardSchema);
});

/** Clear every card's votes (a new voting round). @example resetVotes(map, {}) */
export const resetVotes = defineOperation("resetVotes", (draft, _args: Record<string, never>) => {
  for (const card of draft.cards) if (card.votes !== undefined) delete card.votes;
});

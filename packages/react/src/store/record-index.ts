import { type Card, cardIndex, recordIndex } from "@journeykit/core";

/**
 * The record with `id` in `records` (the same object while it is unchanged), or `undefined`: core's
 * document index (`recordIndex`), made once per list and carried across edits, so the canvas's
 * thousands of subscribers look a record up in O(1) instead of scanning the collection.
 *
 * @example
 * const card = useJourneyMapStore((s) => recordById(s.map.cards, id));
 */
export function recordById<T extends { id: string }>(records: readonly T[], id: string): T | undefined {
  return recordIndex(records).byId(id);
}

/**
 * The cards of one lane x stage cell, in the map's order (core's `cardIndex`): the same array while
 * the cell is unchanged.
 *
 * @example
 * const count = cardsInCell(map.cards, laneId, stageId).length;
 */
export function cardsInCell(cards: readonly Card[], laneId: string, stageId: string): readonly Card[] {
  return cardIndex(cards).cardsInCell(stageId, laneId);
}

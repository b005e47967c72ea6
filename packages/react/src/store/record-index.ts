import type { Card } from "@journeykit/core";

/**
 * Indexes of a map's record arrays, built once per array (immer gives a changed collection a new array
 * and keeps an unchanged one), so the canvas's thousands of subscribers look a record up in O(1)
 * instead of scanning the whole collection on every store update.
 */
const byIdIndexes = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();
const byCellIndexes = new WeakMap<readonly Card[], Map<string, Card[]>>();
const NO_CARDS: readonly Card[] = [];

/**
 * The record with `id` in `records` (the same object while it is unchanged), or `undefined`.
 *
 * @example
 * const card = useJourneyMapStore((s) => recordById(s.map.cards, id));
 */
export function recordById<T extends { id: string }>(records: readonly T[], id: string): T | undefined {
  let index = byIdIndexes.get(records);
  if (!index) {
    index = new Map(records.map((r) => [r.id, r]));
    byIdIndexes.set(records, index);
  }
  return index.get(id) as T | undefined;
}

/**
 * The cards of one lane x stage cell, in the map's order.
 *
 * @example
 * const count = cardsInCell(map.cards, laneId, stageId).length;
 */
export function cardsInCell(cards: readonly Card[], laneId: string, stageId: string): readonly Card[] {
  let index = byCellIndexes.get(cards);
  if (!index) {
    index = new Map();
    for (const card of cards) {
      const key = `${card.laneId}\n${card.stageId}`;
      const list = index.get(key);
      if (list) list.push(card);
      else index.set(key, [card]);
    }
    byCellIndexes.set(cards, index);
  }
  return index.get(`${laneId}\n${stageId}`) ?? NO_CARDS;
}

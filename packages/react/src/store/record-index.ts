import type { Card } from "@journeykit/core";

/**
 * Indexes of a map's record arrays, built once per array (immer gives a changed collection a new array
 * and keeps an unchanged one), so the canvas's thousands of subscribers look a record up in O(1)
 * instead of scanning the whole collection on every store update. An edit's new array takes over the
 * index of the array it replaced, updated where the two differ, when it holds the same records in
 * the same places but a few (an update) or one more at the end (an add): no rebuild of a 10,000-entry
 * index per keystroke committed. Any other change (a move, a removal) indexes the new array afresh.
 */
const byIdIndexes = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();
const byCellIndexes = new WeakMap<readonly Card[], Map<string, Card[]>>();
const NO_CARDS: readonly Card[] = [];
/** More changed places than this and a fresh index is as cheap. */
const MAX_CHANGED = 64;
/** The last arrays indexed, the candidates to hand an index on from. */
const recentById: (readonly { id: string }[])[] = [];
let recentCards: readonly Card[] | undefined;

/**
 * Where `next` differs from `previous`, when it is `previous` with records replaced in place (same ids)
 * or one appended: their indices; otherwise `undefined`.
 */
function changedPlaces<T extends { id: string }>(
  previous: readonly T[],
  next: readonly T[],
): number[] | undefined {
  if (next.length !== previous.length && next.length !== previous.length + 1) return undefined;
  const changed: number[] = [];
  for (let i = 0; i < previous.length; i++) {
    const [a, b] = [previous[i]!, next[i]!];
    if (a === b) continue;
    if (a.id !== b.id || changed.push(i) > MAX_CHANGED) return undefined;
  }
  if (next.length > previous.length) changed.push(previous.length);
  return changed;
}

/**
 * The record with `id` in `records` (the same object while it is unchanged), or `undefined`.
 *
 * @example
 * const card = useJourneyMapStore((s) => recordById(s.map.cards, id));
 */
export function recordById<T extends { id: string }>(records: readonly T[], id: string): T | undefined {
  let index = byIdIndexes.get(records);
  if (!index) {
    index = handedOnById(records) ?? new Map(records.map((r) => [r.id, r]));
    byIdIndexes.set(records, index);
    recentById.unshift(records);
    recentById.length = Math.min(recentById.length, 4);
  }
  return index.get(id) as T | undefined;
}

function handedOnById(records: readonly { id: string }[]): Map<string, { id: string }> | undefined {
  for (const previous of recentById) {
    const index = byIdIndexes.get(previous);
    if (!index || previous[0]?.id !== records[0]?.id) continue;
    const changed = changedPlaces(previous, records);
    if (!changed) continue;
    for (const i of changed) index.set(records[i]!.id, records[i]!);
    byIdIndexes.delete(previous);
    return index;
  }
  return undefined;
}

const cellKey = (laneId: string, stageId: string) => `${laneId}\n${stageId}`;

/**
 * The cards of one lane x stage cell, in the map's order.
 *
 * @example
 * const count = cardsInCell(map.cards, laneId, stageId).length;
 */
export function cardsInCell(cards: readonly Card[], laneId: string, stageId: string): readonly Card[] {
  let index = byCellIndexes.get(cards);
  if (!index) {
    index = handedOnByCell(cards);
    if (!index) {
      index = new Map();
      for (const card of cards) {
        const key = cellKey(card.laneId, card.stageId);
        const list = index.get(key);
        if (list) list.push(card);
        else index.set(key, [card]);
      }
    }
    byCellIndexes.set(cards, index);
    recentCards = cards;
  }
  return index.get(cellKey(laneId, stageId)) ?? NO_CARDS;
}

/** The previous cards' cell index, updated for `cards`, when only cards' other fields changed (or one was added). */
function handedOnByCell(cards: readonly Card[]): Map<string, Card[]> | undefined {
  const previous = recentCards;
  const index = previous && byCellIndexes.get(previous);
  const changed = index && previous && changedPlaces(previous, cards);
  if (!changed || !index || !previous) return undefined;
  for (const i of changed) {
    const [before, card] = [previous[i], cards[i]!];
    if (before && (before.laneId !== card.laneId || before.stageId !== card.stageId)) return undefined;
  }
  // Each changed cell gets a new list (an old state's lists stay as they were).
  const copied = new Set<string>();
  for (const i of changed) {
    const [before, card] = [previous[i], cards[i]!];
    const key = cellKey(card.laneId, card.stageId);
    let list = index.get(key) ?? [];
    if (!copied.has(key)) {
      list = [...list];
      index.set(key, list);
      copied.add(key);
    }
    if (before) list[list.indexOf(before)] = card;
    else list.push(card);
  }
  byCellIndexes.delete(previous);
  return index;
}

import { isDraft } from "immer";
import type { Card } from "../records/card.js";
import type { JourneyMap } from "../records/journey-map.js";
import {
  type CollectionRecord,
  RECORD_COLLECTION_NAMES,
  type RecordCollection,
} from "../records/record-collections.js";
import type { Touchpoint } from "../records/touchpoint.js";
import { type IdRecord, ListIndex, MAX_PENDING } from "./list-index.js";

/** Where a card sits: the lane x stage cell. */
export interface CardCell {
  readonly stageId: string;
  readonly laneId: string;
}

/**
 * A read-only index of one record list (any version of any of the document's lists): lookups by id
 * in O(1) instead of a scan. The records are the list's own objects.
 */
export interface RecordIndex<T extends IdRecord> {
  /** The list indexed. */
  readonly records: readonly T[];
  /** The record with `id` (the first, if an id is repeated), or undefined. */
  byId(id: string): T | undefined;
  /** The place of the record with `id` in the list, or -1. */
  positionOf(id: string): number;
}

/** The index of a cards list: by id, and by cell. */
export interface CardIndex extends RecordIndex<Card> {
  /** The cards of one lane x stage cell, in list order (empty for an empty or unknown cell). */
  cardsInCell(stageId: string, laneId: string): readonly Card[];
  /** The cell of the card with `cardId`, or undefined when there is no such card. */
  cellOf(cardId: string): CardCell | undefined;
}

/**
 * A read-only index of one version of a document: every record by id and its place in its list,
 * the cards of each cell, the touchpoints of each stage. Made once per map object (`documentIndex`),
 * and carried across an edit (`carryDocumentIndex`): the new map's index reuses the parts of the old
 * one for the lists the edit left alone, and updates the others where they changed.
 */
export interface DocumentIndex extends Omit<CardIndex, "records" | "byId" | "positionOf"> {
  /** The map indexed. */
  readonly map: JourneyMap;
  /** The record of `collection` with `id`, or undefined. */
  byId<K extends RecordCollection>(collection: K, id: string): CollectionRecord<K> | undefined;
  /** The place of the record with `id` in `collection`, or -1. */
  positionOf(collection: RecordCollection, id: string): number;
  /** The touchpoints of a stage, in list order. */
  touchpointsInStage(stageId: string): readonly Touchpoint[];
}

const idString = (value: unknown): value is string => typeof value === "string";
/** One string per cell, never the same for two cells (the lane id's length says where it ends). */
const cellKey = (laneId: string, stageId: string) => `${laneId.length}:${laneId}${stageId}`;
const cardCell = (card: Card) =>
  idString(card.laneId) && idString(card.stageId) ? cellKey(card.laneId, card.stageId) : undefined;
const touchpointStage = (touchpoint: Touchpoint) =>
  idString(touchpoint.stageId) ? touchpoint.stageId : undefined;

/** The cards of one cell, from a cards list's index. */
const cellCards = (index: ListIndex<Card>, stageId: string, laneId: string) =>
  index.group(cardCell, cellKey(laneId, stageId));

function cellOfCard(index: ListIndex<Card>, cardId: string): CardCell | undefined {
  const card = index.byId(cardId);
  return card && { stageId: card.stageId, laneId: card.laneId };
}

class MapIndex implements DocumentIndex {
  constructor(readonly map: JourneyMap) {}

  byId<K extends RecordCollection>(collection: K, id: string): CollectionRecord<K> | undefined {
    return listIndex(this.map[collection] as unknown as readonly CollectionRecord<K>[]).byId(id);
  }

  positionOf(collection: RecordCollection, id: string): number {
    return listIndex<IdRecord>(this.map[collection]).positionOf(id);
  }

  cardsInCell(stageId: string, laneId: string): readonly Card[] {
    return cellCards(listIndex(this.map.cards), stageId, laneId);
  }

  cellOf(cardId: string): CardCell | undefined {
    return cellOfCard(listIndex(this.map.cards), cardId);
  }

  touchpointsInStage(stageId: string): readonly Touchpoint[] {
    return listIndex(this.map.touchpoints).group(touchpointStage, stageId);
  }
}

// The index memo, and the only one: a record list's index keyed by the list, a map's by the map.
const indexes = new WeakMap<object, ListIndex<IdRecord> | MapIndex>();

function listIndex<T extends IdRecord>(records: readonly T[]): ListIndex<T> {
  const known = indexes.get(records);
  // A list's entry is always a list index of its own records.
  if (known instanceof ListIndex) return known as unknown as ListIndex<T>;
  if (isDraft(records)) throw new TypeError("an index is made of a plain list, not of an immer draft");
  const made = new ListIndex(records);
  indexes.set(records, made as unknown as ListIndex<IdRecord>);
  return made;
}

/**
 * The index of a map (made once per map object; the map must not be an immer draft).
 *
 * @example
 * const index = documentIndex(map);
 * index.byId("cards", cardId)?.text; // "Waits at the counter"
 * index.cardsInCell(stageId, laneId).map((c) => c.id); // the cell's cards, in document order
 * index.touchpointsInStage(stageId);
 */
export function documentIndex(map: JourneyMap): DocumentIndex {
  const known = indexes.get(map);
  if (known instanceof MapIndex) return known;
  if (isDraft(map)) throw new TypeError("an index is made of a plain map, not of an immer draft");
  const made = new MapIndex(map);
  indexes.set(map, made);
  return made;
}

/**
 * The index of one record list, e.g. a collection of a map in an older state (the same index
 * `documentIndex` uses for that list).
 *
 * @example
 * recordIndex(map.stages).byId(stageId)?.name; // "Order"
 */
export function recordIndex<T extends IdRecord>(records: readonly T[]): RecordIndex<T> {
  return listIndex(records);
}

/**
 * The index of a cards list: by id and by cell.
 *
 * @example
 * cardIndex(map.cards).cardsInCell(stageId, laneId).length; // 3
 */
export function cardIndex(cards: readonly Card[]): CardIndex {
  const index = listIndex(cards);
  return {
    records: cards,
    byId: (id) => index.byId(id),
    positionOf: (id) => index.positionOf(id),
    cardsInCell: (stageId, laneId) => cellCards(index, stageId, laneId),
    cellOf: (cardId) => cellOfCard(index, cardId),
  };
}

/**
 * After an edit made `after` from `before`: the index of each list `after` changed starts from the
 * index of its version in `before` (when that one is indexed), updated for what the edit changed, when
 * first asked. Operations (`applyOperation`, calling an operation) do this themselves; a binding that
 * makes new maps another way (a remote change, an undo) calls it.
 *
 * @example
 * const next = applyPatches(map, patches);
 * carryDocumentIndex(map, next);
 * documentIndex(next).cardsInCell(stageId, laneId); // the old cells, with the changed ones redone
 */
export function carryDocumentIndex(before: JourneyMap, after: JourneyMap): void {
  if (before === after) return;
  for (const name of RECORD_COLLECTION_NAMES) {
    const [old, next] = [before[name], after[name]];
    if (old === next || !Array.isArray(next) || indexes.has(next)) continue;
    const from = indexes.get(old);
    if (from instanceof ListIndex && from.pending < MAX_PENDING)
      indexes.set(next, new ListIndex<IdRecord>(next, from));
  }
}

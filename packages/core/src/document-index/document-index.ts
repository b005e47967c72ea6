import { isDraft, type Patch } from "immer";
import type { Card } from "../records/card.js";
import type { JourneyMap } from "../records/journey-map.js";
import {
  type CollectionRecord,
  RECORD_COLLECTION_NAMES,
  type RecordCollection,
} from "../records/record-collections.js";
import type { Touchpoint } from "../records/touchpoint.js";
import { changedRanges } from "./changed-ranges.js";
import { type IdRecord, ListIndex } from "./list-index.js";

/** Where a card sits: the lane x stage cell. */
export interface CardCell {
  readonly stageId: string;
  readonly laneId: string;
}

/**
 * A read-only index of one record list (any version of any of the document's lists): lookups by id
 * in O(1) instead of a scan. The records are the list's own objects.
 */
export interface RecordIndex<T extends { readonly id: string }> {
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

/** A list and its index, as lookups need them. */
type Indexed<T extends IdRecord> = readonly [readonly T[], ListIndex<T>];

const cellCards = ([cards, index]: Indexed<Card>, stageId: string, laneId: string) =>
  index.group(cards, cardCell, cellKey(laneId, stageId));

function cellOfCard([cards, index]: Indexed<Card>, cardId: string): CardCell | undefined {
  const card = index.byId(cards, cardId);
  return card && { stageId: card.stageId, laneId: card.laneId };
}

// The index memo, and the only one: a record list's index keyed by the list, a map's by the map. No
// entry refers to its own key (see `ListIndex`): a map's index keeps the map's lists, not the map.
const indexes = new WeakMap<object, ListIndex<IdRecord> | MapIndex>();

function indexed<T extends IdRecord>(records: readonly T[]): Indexed<T> {
  const known = indexes.get(records);
  // A list's entry is always the index of that list.
  if (known instanceof ListIndex) return [records, known as unknown as ListIndex<T>];
  if (isDraft(records)) throw new TypeError("an index is made of a plain list, not of an immer draft");
  const made = new ListIndex<T>();
  indexes.set(records, made as unknown as ListIndex<IdRecord>);
  return [records, made];
}

type Lists = Pick<JourneyMap, RecordCollection>;

class MapIndex implements DocumentIndex {
  readonly #lists: Lists;

  constructor(map: JourneyMap) {
    const {
      personas,
      stages,
      lanes,
      touchpoints,
      cards,
      emotions,
      momentsOfTruth,
      metrics,
      sources,
      quotes,
    } = map;
    this.#lists = {
      personas,
      stages,
      lanes,
      touchpoints,
      cards,
      emotions,
      momentsOfTruth,
      metrics,
      sources,
      quotes,
    };
  }

  byId<K extends RecordCollection>(collection: K, id: string): CollectionRecord<K> | undefined {
    const [records, index] = indexed(this.#lists[collection] as unknown as readonly CollectionRecord<K>[]);
    return index.byId(records, id);
  }

  positionOf(collection: RecordCollection, id: string): number {
    const [records, index] = indexed<IdRecord>(this.#lists[collection]);
    return index.positionOf(records, id);
  }

  cardsInCell(stageId: string, laneId: string): readonly Card[] {
    return cellCards(indexed(this.#lists.cards), stageId, laneId);
  }

  cellOf(cardId: string): CardCell | undefined {
    return cellOfCard(indexed(this.#lists.cards), cardId);
  }

  touchpointsInStage(stageId: string): readonly Touchpoint[] {
    const [touchpoints, index] = indexed(this.#lists.touchpoints);
    return index.group(touchpoints, touchpointStage, stageId);
  }
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
export function recordIndex<T extends { readonly id: string }>(records: readonly T[]): RecordIndex<T> {
  const [, index] = indexed(records);
  return {
    records,
    byId: (id) => index.byId(records, id),
    positionOf: (id) => index.positionOf(records, id),
  };
}

/**
 * The index of a cards list: by id and by cell.
 *
 * @example
 * cardIndex(map.cards).cardsInCell(stageId, laneId).length; // 3
 */
export function cardIndex(cards: readonly Card[]): CardIndex {
  const list = indexed(cards);
  return {
    ...recordIndex(cards),
    cardsInCell: (stageId, laneId) => cellCards(list, stageId, laneId),
    cellOf: (cardId) => cellOfCard(list, cardId),
  };
}

/**
 * After an edit made `after` from `before`: each list `after` changed gets the index of its version
 * in `before` (what of it was made), updated for what the edit changed. The edit's `patches`, when given, say where each list changed (so the lists are not
 * compared in full); they must be the edit's own. Operations (`applyOperation`, calling an operation)
 * and the history's undo and redo do this themselves; a binding that makes new maps another way (a
 * remote change) calls it.
 *
 * @example
 * const next = applyPatches(map, patches);
 * carryDocumentIndex(map, next, patches);
 * documentIndex(next).cardsInCell(stageId, laneId); // the old cells, with the changed ones redone
 */
export function carryDocumentIndex(before: JourneyMap, after: JourneyMap, patches?: readonly Patch[]): void {
  if (before === after) return;
  const ranges = patches && changedRanges(patches);
  for (const name of RECORD_COLLECTION_NAMES) {
    const old: readonly IdRecord[] = before[name];
    const next: readonly IdRecord[] = after[name];
    if (old === next || !Array.isArray(next) || indexes.has(next)) continue;
    const index = indexes.get(old);
    const carried = index instanceof ListIndex ? index.carriedTo(old, next, ranges?.get(name)) : undefined;
    if (carried) indexes.set(next, carried);
  }
}

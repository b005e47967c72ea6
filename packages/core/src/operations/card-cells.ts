import type { Patch } from "immer";
import type { Card } from "../records/card.js";
import type { JourneyMap } from "../records/journey-map.js";

/** The ids of each cell's cards (lane -> stage -> ids), in list order. */
export type CardCells = ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;

// Keyed by a plain cards list: built once per list, or handed on to the next version of the list by
// an edit that knows what it changed (see `carryCardCells`, `movedCardCells`).
const cardCells = new WeakMap<readonly Card[], CardCells>();

/** The cells of a plain cards list, built in one pass the first time a version of the list is asked. */
export function cellsOf(cards: readonly Card[]): CardCells {
  const known = cardCells.get(cards);
  if (known) return known;
  const lanes = new Map<string, Map<string, string[]>>();
  for (const card of cards) {
    let stages = lanes.get(card.laneId);
    if (!stages) {
      stages = new Map();
      lanes.set(card.laneId, stages);
    }
    const ids = stages.get(card.stageId);
    if (ids) ids.push(card.id);
    else stages.set(card.stageId, [card.id]);
  }
  cardCells.set(cards, lanes);
  return lanes;
}

/** The ids of one cell's cards, in list order. */
export const cellIds = (cells: CardCells, laneId: string, stageId: string): readonly string[] =>
  cells.get(laneId)?.get(stageId) ?? [];

/** Which card fields decide its cell and its place in it. */
const PLACING_FIELDS = new Set<unknown>(["id", "laneId", "stageId"]);

/**
 * Hand the cells of `before.cards` to `after.cards` when the edit's patches leave every card in its
 * cell and place: they only change fields of cards other than id, lane and stage.
 */
export function carryCardCells(before: JourneyMap, after: JourneyMap, patches: readonly Patch[]): void {
  if (before.cards === after.cards || cardCells.has(after.cards)) return;
  const cells = cardCells.get(before.cards);
  if (!cells) return;
  for (const { path } of patches) {
    if (path.length === 0) return;
    if (path[0] !== "cards") continue;
    if (path.length < 3 || PLACING_FIELDS.has(path[2])) return;
  }
  cardCells.set(after.cards, cells);
}

/** Record the cells of `next`: `cells` (of the list before) with card `id` moved to a cell and rank. */
export function movedCardCells(
  next: readonly Card[],
  cells: CardCells,
  id: string,
  from: { laneId: string; stageId: string },
  to: { laneId: string; stageId: string; rank: number },
): void {
  const lanes = new Map(cells);
  const edit = (laneId: string, stageId: string, change: (ids: string[]) => void) => {
    const stages = new Map(lanes.get(laneId));
    const ids = [...(stages.get(stageId) ?? [])];
    change(ids);
    if (ids.length > 0) stages.set(stageId, ids);
    else stages.delete(stageId);
    lanes.set(laneId, stages);
  };
  edit(from.laneId, from.stageId, (ids) => {
    const at = ids.indexOf(id);
    if (at >= 0) ids.splice(at, 1);
  });
  edit(to.laneId, to.stageId, (ids) => {
    ids.splice(to.rank, 0, id);
  });
  cardCells.set(next, lanes);
}

import type { JourneyMap } from "@journeykit/core";
import { type GridItem, touchpointsLaneOf } from "./grid-item.js";

const has = (records: readonly { id: string }[], id: string) => records.some((record) => record.id === id);

/** Whether a grid item's record (or a cell's lane and stage) is in the map. */
export function isInMap(map: JourneyMap, item: GridItem): boolean {
  switch (item.kind) {
    case "card":
      return has(map.cards, item.id);
    case "touchpoint":
      return has(map.touchpoints, item.id);
    case "stage":
      return has(map.stages, item.id);
    case "lane":
      return has(map.lanes, item.id);
    case "cell":
      return has(map.lanes, item.laneId) && has(map.stages, item.stageId);
  }
}

/** The first of `candidates` still in `next`: those after `at` in order, then those before it, nearest first. */
function nearestKept<T extends { id: string }>(
  candidates: readonly T[],
  at: number,
  kept: (record: T) => boolean,
): T | undefined {
  return candidates.slice(at + 1).find(kept) ?? candidates.slice(0, Math.max(0, at)).reverse().find(kept);
}

/**
 * Where a keyboard user goes when the grid item they were on is gone from the map (another participant
 * removed it, or an undo took it back): the card after it in the same cell, else the one before it, else
 * the cell itself, as Delete does; for a touchpoint, the next touchpoint of its stage, else the one
 * before, else its Touchpoints cell (its stage header without one); for a stage or lane, the next one,
 * else the one before. Null when
 * nothing near is left (then the map's Tab stop is the place).
 *
 * @example
 * placeAfterRemoval(before, after, { kind: "card", id: "c2" }); // { kind: "card", id: "c3" }
 */
export function placeAfterRemoval(previous: JourneyMap, next: JourneyMap, item: GridItem): GridItem | null {
  if (item.kind === "stage" || item.kind === "lane") {
    const list: readonly { id: string }[] = item.kind === "stage" ? previous.stages : previous.lanes;
    const kept: readonly { id: string }[] = item.kind === "stage" ? next.stages : next.lanes;
    const near = nearestKept(
      list,
      list.findIndex((record) => record.id === item.id),
      (record) => has(kept, record.id),
    );
    return near ? { kind: item.kind, id: near.id } : null;
  }
  if (item.kind === "cell") return null;
  if (item.kind === "touchpoint") return placeAfterTouchpoint(previous, next, item.id);
  const card = previous.cards.find((c) => c.id === item.id);
  if (!card) return null;
  const inCell = (c: { laneId: string; stageId: string }) =>
    c.laneId === card.laneId && c.stageId === card.stageId;
  const siblings = previous.cards.filter(inCell);
  const near = nearestKept(siblings, siblings.indexOf(card), (sibling) =>
    next.cards.some((c) => c.id === sibling.id && inCell(c)),
  );
  if (near) return { kind: "card", id: near.id };
  const cell = { kind: "cell", laneId: card.laneId, stageId: card.stageId } as const;
  return isInMap(next, cell) ? cell : null;
}

function placeAfterTouchpoint(previous: JourneyMap, next: JourneyMap, id: string): GridItem | null {
  const touchpoint = previous.touchpoints.find((t) => t.id === id);
  if (!touchpoint) return null;
  const { stageId } = touchpoint;
  const siblings = previous.touchpoints.filter((t) => t.stageId === stageId);
  const near = nearestKept(siblings, siblings.indexOf(touchpoint), (sibling) =>
    next.touchpoints.some((t) => t.id === sibling.id && t.stageId === stageId),
  );
  if (near) return { kind: "touchpoint", id: near.id };
  const lane = touchpointsLaneOf(next);
  const place: GridItem = lane ? { kind: "cell", laneId: lane.id, stageId } : { kind: "stage", id: stageId };
  return isInMap(next, place) ? place : null;
}

import type { JourneyMap } from "@journeykit/core";
import { cardsInCell, recordById } from "../store/record-index.js";
import { type GridItem, touchpointsLaneOf } from "./grid-item.js";

const cardsIn = (map: JourneyMap, laneId: string, stageId: string) => cardsInCell(map.cards, laneId, stageId);

/** A stage's touchpoints, in order. */
const touchpointsIn = (map: JourneyMap, stageId: string) =>
  map.touchpoints.filter((t) => t.stageId === stageId);

/**
 * A column read top to bottom: its stage header, then each lane's cell followed by what it holds (in
 * the Touchpoints lane the stage's touchpoints, then the cards).
 */
function column(map: JourneyMap, stageId: string): GridItem[] {
  const items: GridItem[] = [{ kind: "stage", id: stageId }];
  const touchpointsLane = touchpointsLaneOf(map);
  for (const lane of map.lanes) {
    items.push({ kind: "cell", laneId: lane.id, stageId });
    if (lane === touchpointsLane)
      for (const t of touchpointsIn(map, stageId)) items.push({ kind: "touchpoint", id: t.id });
    for (const card of cardsIn(map, lane.id, stageId)) items.push({ kind: "card", id: card.id });
  }
  return items;
}

const indexIn = (items: GridItem[], item: GridItem) =>
  items.findIndex((i) =>
    i.kind === "cell" && item.kind === "cell"
      ? i.laneId === item.laneId && i.stageId === item.stageId
      : i.kind === item.kind && (i as { id: string }).id === (item as { id: string }).id,
  );

/**
 * Where an arrow key (or Home / End) moves from a grid item. Down and Up walk a stage's column: its
 * header, then each lane's cell followed by the touchpoints (Touchpoints lane) and cards in it. Left and Right go to the same place in
 * the neighbouring stage (a card goes to the card at the same position or the last one, a cell or a card to the cell when
 * that cell is empty); left of
 * the first stage is the lane's header. Home and End go to the first and last cell of the lane.
 * Returns `undefined` at the edges.
 *
 * @example
 * nextGridItem(map, { kind: "cell", laneId, stageId }, "ArrowDown"); // its first card, or the cell below
 */
export function nextGridItem(map: JourneyMap, item: GridItem, key: string): GridItem | undefined {
  const stageIds = map.stages.map((s) => s.id);
  const laneIds = map.lanes.map((l) => l.id);
  if (item.kind === "stage") {
    const at = stageIds.indexOf(item.id);
    if (key === "ArrowDown") return column(map, item.id)[1];
    const to = key === "ArrowRight" ? at + 1 : key === "ArrowLeft" ? at - 1 : -1;
    return at >= 0 && stageIds[to] ? { kind: "stage", id: stageIds[to] } : undefined;
  }
  if (item.kind === "lane") {
    const at = laneIds.indexOf(item.id);
    if (key === "ArrowRight" && stageIds[0]) return { kind: "cell", laneId: item.id, stageId: stageIds[0] };
    const to = key === "ArrowDown" ? at + 1 : key === "ArrowUp" ? at - 1 : -1;
    return at >= 0 && laneIds[to] ? { kind: "lane", id: laneIds[to] } : undefined;
  }
  if (item.kind === "touchpoint") return fromTouchpoint(map, item.id, key);
  let laneId: string;
  let stageId: string;
  let position = -1; // the card's position in its cell; -1 for the cell itself
  if (item.kind === "card") {
    const card = recordById(map.cards, item.id);
    if (!card) return undefined;
    ({ laneId, stageId } = card);
    position = cardsIn(map, laneId, stageId).indexOf(card);
  } else ({ laneId, stageId } = item);
  if (key === "ArrowDown" || key === "ArrowUp") {
    const items = column(map, stageId);
    const at = indexIn(items, item);
    return at < 0 ? undefined : items[key === "ArrowDown" ? at + 1 : at - 1];
  }
  if (key === "Home" || key === "End") {
    const to = key === "Home" ? stageIds[0] : stageIds.at(-1);
    return to ? { kind: "cell", laneId, stageId: to } : undefined;
  }
  const at = stageIds.indexOf(stageId);
  const to = key === "ArrowRight" ? at + 1 : key === "ArrowLeft" ? at - 1 : Number.NaN;
  if (to === -1) return { kind: "lane", id: laneId };
  const target = stageIds[to];
  if (!target) return undefined;
  const there = cardsIn(map, laneId, target);
  const card = position >= 0 ? there[Math.min(position, there.length - 1)] : undefined;
  return card ? { kind: "card", id: card.id } : { kind: "cell", laneId, stageId: target };
}

/**
 * From a touchpoint: Down and Up along its stage's column; Left and Right to the touchpoint at the same
 * position in the neighbouring stage (or its last, or the cell when it has none), left of the first
 * stage the lane's header. A header chip (no Touchpoints lane) goes up to its stage header, down to the
 * stage's first cell, left and right to the neighbouring stage headers.
 */
function fromTouchpoint(map: JourneyMap, id: string, key: string): GridItem | undefined {
  const touchpoint = recordById(map.touchpoints, id);
  if (!touchpoint) return undefined;
  const { stageId } = touchpoint;
  const stageIds = map.stages.map((s) => s.id);
  const lane = touchpointsLaneOf(map);
  if (key === "ArrowDown" || key === "ArrowUp") {
    const items = column(map, stageId);
    if (!lane) return key === "ArrowUp" ? items[0] : items[1];
    const at = indexIn(items, { kind: "touchpoint", id });
    return at < 0 ? undefined : items[key === "ArrowDown" ? at + 1 : at - 1];
  }
  if (key === "Home" || key === "End") {
    const to = key === "Home" ? stageIds[0] : stageIds.at(-1);
    return to && lane ? { kind: "cell", laneId: lane.id, stageId: to } : undefined;
  }
  const at = stageIds.indexOf(stageId);
  const to = key === "ArrowRight" ? at + 1 : key === "ArrowLeft" ? at - 1 : Number.NaN;
  const target = stageIds[to];
  if (!lane) return target ? { kind: "stage", id: target } : undefined;
  if (to === -1) return { kind: "lane", id: lane.id };
  if (!target) return undefined;
  const position = touchpointsIn(map, stageId).indexOf(touchpoint);
  const there = touchpointsIn(map, target);
  const next = there[Math.min(position, there.length - 1)];
  return next ? { kind: "touchpoint", id: next.id } : { kind: "cell", laneId: lane.id, stageId: target };
}

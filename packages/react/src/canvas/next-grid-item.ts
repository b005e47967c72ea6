import type { JourneyMap } from "@journeykit/core";
import { cardsInCell, recordById } from "../store/record-index.js";
import type { GridItem } from "./grid-item.js";

const cardsIn = (map: JourneyMap, laneId: string, stageId: string) => cardsInCell(map.cards, laneId, stageId);

/** A column read top to bottom: its stage header, then each lane's cell followed by its cards. */
function column(map: JourneyMap, stageId: string): GridItem[] {
  const items: GridItem[] = [{ kind: "stage", id: stageId }];
  for (const lane of map.lanes) {
    items.push({ kind: "cell", laneId: lane.id, stageId });
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
 * header, then each lane's cell followed by the cards in it. Left and Right go to the same place in
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

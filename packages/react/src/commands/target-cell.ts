import type { JourneyMapState } from "../store/create-journey-map-store.js";
import type { Cell } from "../store/selection.js";

/**
 * The cell an "add a card" action targets: the focused cell, else the cell of the selected card, else
 * the first lane x first stage; `null` when the map has no lane or no stage.
 *
 * @example
 * const cell = targetCell(store.getState());
 */
export function targetCell(state: Pick<JourneyMapState, "map" | "focusedCell" | "selection">): Cell | null {
  const { map, focusedCell, selection } = state;
  const exists = (cell: Cell) =>
    map.lanes.some((l) => l.id === cell.laneId) && map.stages.some((s) => s.id === cell.stageId);
  if (selection?.kind === "card") {
    const card = map.cards.find((c) => c.id === selection.id);
    if (card) return { laneId: card.laneId, stageId: card.stageId };
  }
  if (focusedCell && exists(focusedCell)) return focusedCell;
  const [lane, stage] = [map.lanes[0], map.stages[0]];
  return lane && stage ? { laneId: lane.id, stageId: stage.id } : null;
}

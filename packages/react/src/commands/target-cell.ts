import type { JourneyMapState } from "../store/create-journey-map-store.js";
import type { Cell } from "../store/selection.js";

/**
 * The cell an "add a card" action targets: the selected card's cell; else the focused cell (the first
 * cell when none), moved to the selected stage or lane when a header is selected; `null` when the
 * map has no lane or no stage.
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
  const [lane, stage] = [map.lanes[0], map.stages[0]];
  if (!lane || !stage) return null;
  const cell = focusedCell && exists(focusedCell) ? focusedCell : { laneId: lane.id, stageId: stage.id };
  // A selected stage or lane header: that stage (or lane), in the focused cell's lane (or stage).
  if (selection?.kind === "stage" && map.stages.some((s) => s.id === selection.id))
    return { laneId: cell.laneId, stageId: selection.id };
  if (selection?.kind === "lane" && map.lanes.some((l) => l.id === selection.id))
    return { laneId: selection.id, stageId: cell.stageId };
  return cell;
}

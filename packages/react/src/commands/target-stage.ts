import { recordById } from "../store/record-index.js";
import { targetCell } from "./target-cell.js";

/**
 * The stage "+ Touchpoint" adds to: the selected touchpoint's stage; else the stage of the cell a card
 * would go to (`targetCell`: the selected card's cell, a selected stage header, the focused cell);
 * else the selected stage; else the first stage. `undefined` when the map has no stage.
 *
 * @example
 * const stageId = targetStage(store.getState());
 */
export function targetStage(state: Parameters<typeof targetCell>[0]): string | undefined {
  const { map, selection } = state;
  if (selection?.kind === "touchpoint") {
    const touchpoint = recordById(map.touchpoints, selection.id);
    if (touchpoint) return touchpoint.stageId;
  }
  const cell = targetCell(state);
  if (cell) return cell.stageId;
  if (selection?.kind === "stage" && recordById(map.stages, selection.id)) return selection.id;
  return map.stages[0]?.id;
}

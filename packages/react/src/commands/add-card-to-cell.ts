import { addCard, createCard } from "@journeykit/core";
import type { JourneyMapStore } from "../store/create-journey-map-store.js";
import type { Cell } from "../store/selection.js";

/**
 * Adds an empty card at the end of a cell, selects it and opens its text editor. Returns the new
 * card's id, or `undefined` when the editor is read-only or the cell does not exist.
 *
 * @example
 * addCardToCell(store, { laneId, stageId });
 */
export function addCardToCell(store: JourneyMapStore, cell: Cell): string | undefined {
  const state = store.getState();
  if (state.readOnly) return undefined;
  const card = createCard({ laneId: cell.laneId, stageId: cell.stageId, text: "" });
  state.dispatch(addCard, { record: card });
  if (!store.getState().map.cards.some((c) => c.id === card.id)) return undefined;
  state.focusCell(cell);
  state.select({ kind: "card", id: card.id });
  state.editCard(card.id);
  return card.id;
}

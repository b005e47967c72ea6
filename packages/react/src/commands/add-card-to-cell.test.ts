import { createJourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { createJourneyMapStore } from "../store/create-journey-map-store.js";
import { addCardToCell } from "./add-card-to-cell.js";

describe("addCardToCell", () => {
  it("adds an empty card to the cell, selects it, opens its editor and focuses the cell", () => {
    const store = createJourneyMapStore({ map: createJourneyMap() });
    const { lanes, stages } = store.getState().map;
    const cell = { laneId: lanes[2]!.id, stageId: stages[1]!.id };
    const id = addCardToCell(store, cell)!;
    const state = store.getState();
    expect(state.map.cards).toEqual([expect.objectContaining({ id, ...cell, text: "" })]);
    expect(state.selection).toEqual({ kind: "card", id });
    expect(state.editingCardId).toBe(id);
    expect(state.focusedCell).toEqual(cell);
    state.undo();
    expect(store.getState().map.cards).toEqual([]);
  });

  it("does nothing in a read-only editor or for a cell that does not exist", () => {
    const readOnly = createJourneyMapStore({ map: createJourneyMap(), readOnly: true });
    const { lanes, stages } = readOnly.getState().map;
    expect(addCardToCell(readOnly, { laneId: lanes[0]!.id, stageId: stages[0]!.id })).toBeUndefined();
    const store = createJourneyMapStore({ map: createJourneyMap() });
    expect(addCardToCell(store, { laneId: "nope", stageId: "nope" })).toBeUndefined();
    expect(store.getState().editingCardId).toBeNull();
  });
});

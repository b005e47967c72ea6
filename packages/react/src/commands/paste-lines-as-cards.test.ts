import { createJourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { createJourneyMapStore } from "../store/create-journey-map-store.js";
import { cardLines, pasteLinesAsCards } from "./paste-lines-as-cards.js";

describe("cardLines", () => {
  it("keeps each non-empty line, trimmed, without list bullets", () => {
    expect(cardLines("  Waits\r\n\n- Calls the waiter\r* Leaves\n1. Pays\n   \n")).toEqual([
      "Waits",
      "Calls the waiter",
      "Leaves",
      "Pays",
    ]);
  });
});

describe("pasteLinesAsCards", () => {
  it("adds one card per line in the cell, in one undo step, and selects the last", () => {
    const store = createJourneyMapStore({ map: createJourneyMap() });
    const { lanes, stages } = store.getState().map;
    const cell = { laneId: lanes[1]!.id, stageId: stages[2]!.id };
    const ids = pasteLinesAsCards(store, cell, "Is it fresh?\n\nWhere is my order?\nToo expensive");
    const state = store.getState();
    expect(state.map.cards.map((c) => [c.text, c.laneId, c.stageId])).toEqual([
      ["Is it fresh?", cell.laneId, cell.stageId],
      ["Where is my order?", cell.laneId, cell.stageId],
      ["Too expensive", cell.laneId, cell.stageId],
    ]);
    expect(ids).toEqual(state.map.cards.map((c) => c.id));
    expect(state.selection).toEqual({ kind: "card", id: ids[2] });
    state.undo();
    expect(store.getState().map.cards).toEqual([]);
    expect(store.getState().canUndo).toBe(false);
  });

  it("adds nothing for blank text or in a read-only editor", () => {
    const store = createJourneyMapStore({ map: createJourneyMap() });
    const { lanes, stages } = store.getState().map;
    const cell = { laneId: lanes[0]!.id, stageId: stages[0]!.id };
    expect(pasteLinesAsCards(store, cell, " \n\n")).toEqual([]);
    store.getState().setReadOnly(true);
    expect(pasteLinesAsCards(store, cell, "a\nb")).toEqual([]);
    expect(store.getState().map.cards).toEqual([]);
  });
});

import { createJourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { createJourneyMapStore } from "../store/create-journey-map-store.js";
import { addTouchpointToStage, NEW_TOUCHPOINT_NAME } from "./add-touchpoint-to-stage.js";

describe("addTouchpointToStage", () => {
  it("adds a touchpoint at the end of the stage, selects it and focuses its Touchpoints cell; one undo step", () => {
    const store = createJourneyMapStore({ map: createJourneyMap() });
    const { stages, lanes } = store.getState().map;
    const stageId = stages[2]!.id;
    const first = addTouchpointToStage(store, stageId)!;
    const second = addTouchpointToStage(store, stageId)!;
    const state = store.getState();
    expect(state.map.touchpoints.map((t) => [t.id, t.stageId, t.name])).toEqual([
      [first, stageId, NEW_TOUCHPOINT_NAME],
      [second, stageId, NEW_TOUCHPOINT_NAME],
    ]);
    expect(state.selection).toEqual({ kind: "touchpoint", id: second });
    expect(state.focusedCell).toEqual({ laneId: lanes.find((l) => l.kind === "touchpoints")!.id, stageId });
    state.undo();
    expect(store.getState().map.touchpoints.map((t) => t.id)).toEqual([first]);
  });

  it("does nothing in a read-only editor, for a stage that does not exist, or without a stage", () => {
    const readOnly = createJourneyMapStore({ map: createJourneyMap(), readOnly: true });
    expect(addTouchpointToStage(readOnly, readOnly.getState().map.stages[0]!.id)).toBeUndefined();
    const store = createJourneyMapStore({ map: createJourneyMap() });
    expect(addTouchpointToStage(store, "nope")).toBeUndefined();
    expect(addTouchpointToStage(store, undefined)).toBeUndefined();
    expect(store.getState().map.touchpoints).toEqual([]);
    expect(store.getState().selection).toBeNull();
  });
});

import { createJourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { editorText, englishText } from "../i18n/editor-catalogue.js";
import { es } from "../i18n/locales/es.js";
import { createJourneyMapStore } from "../store/create-journey-map-store.js";
import { addTouchpointToStage } from "./add-touchpoint-to-stage.js";

const text = englishText();

describe("addTouchpointToStage", () => {
  it("adds a touchpoint at the end of the stage, selects it and focuses its Touchpoints cell; one undo step", () => {
    const store = createJourneyMapStore({ map: createJourneyMap() });
    const { stages, lanes } = store.getState().map;
    const stageId = stages[2]!.id;
    const first = addTouchpointToStage(store, text, stageId)!;
    const second = addTouchpointToStage(store, text, stageId)!;
    const state = store.getState();
    expect(state.map.touchpoints.map((t) => [t.id, t.stageId, t.name])).toEqual([
      [first, stageId, "New touchpoint"],
      [second, stageId, "New touchpoint"],
    ]);
    expect(state.selection).toEqual({ kind: "touchpoint", id: second });
    expect(state.focusedCell).toEqual({ laneId: lanes.find((l) => l.kind === "touchpoints")!.id, stageId });
    state.undo();
    expect(store.getState().map.touchpoints.map((t) => t.id)).toEqual([first]);
  });

  it("does nothing in a read-only editor, for a stage that does not exist, or without a stage", () => {
    const readOnly = createJourneyMapStore({ map: createJourneyMap(), readOnly: true });
    expect(addTouchpointToStage(readOnly, text, readOnly.getState().map.stages[0]!.id)).toBeUndefined();
    const store = createJourneyMapStore({ map: createJourneyMap() });
    expect(addTouchpointToStage(store, text, "nope")).toBeUndefined();
    expect(addTouchpointToStage(store, text, undefined)).toBeUndefined();
    expect(store.getState().map.touchpoints).toEqual([]);
    expect(store.getState().selection).toBeNull();
  });

  it("names the touchpoint in the editor's language", () => {
    const store = createJourneyMapStore({ map: createJourneyMap() });
    const spanish = editorText({ locale: "es", translation: es });
    addTouchpointToStage(store, spanish, store.getState().map.stages[0]!.id);
    expect(store.getState().map.touchpoints[0]!.name).toBe("Nuevo punto de contacto");
  });
});

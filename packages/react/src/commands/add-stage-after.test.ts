import { createJourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { editorText, englishText } from "../i18n/editor-catalogue.js";
import { fr } from "../i18n/locales/fr.js";
import { createJourneyMapStore } from "../store/create-journey-map-store.js";
import { addStageAfter } from "./add-stage-after.js";

describe("addStageAfter", () => {
  it("inserts after the given stage, returns its id, selects it and opens its name for typing", () => {
    const store = createJourneyMapStore({ map: createJourneyMap() });
    const first = store.getState().map.stages[0]!.id;
    const id = addStageAfter(store, englishText(), first)!;
    const state = store.getState();
    expect(state.map.stages.map((s) => s.id).indexOf(id)).toBe(1);
    expect(state.map.stages[1]!.name).toBe("Stage 4");
    expect(state.selection).toEqual({ kind: "stage", id });
    expect(state.renaming).toEqual({ kind: "stage", id });
  });

  it("appends when no stage (or an unknown one) is given", () => {
    const store = createJourneyMapStore({ map: createJourneyMap() });
    const id = addStageAfter(store, englishText(), "unknown")!;
    expect(store.getState().map.stages.at(-1)!.id).toBe(id);
    expect(
      addStageAfter(createJourneyMapStore({ map: createJourneyMap(), readOnly: true }), englishText()),
    ).toBeUndefined();
  });

  it("names the stage in the editor's language", () => {
    const store = createJourneyMapStore({ map: createJourneyMap() });
    addStageAfter(store, editorText({ locale: "fr", translation: fr }));
    expect(store.getState().map.stages.at(-1)!.name).toBe("Étape 4");
  });
});

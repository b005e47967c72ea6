import { createJourneyMap, PERSONA_COLORS } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { englishText } from "../i18n/editor-catalogue.js";
import { createJourneyMapStore } from "../store/create-journey-map-store.js";
import { addNewPersona } from "./add-new-persona.js";

describe("addNewPersona", () => {
  it("adds 'Persona N' in the next palette colour and selects it", () => {
    const store = createJourneyMapStore({ map: createJourneyMap() });
    const id = addNewPersona(store, englishText())!;
    expect(store.getState().map.personas.at(-1)).toMatchObject({
      id,
      name: "Persona 2",
      color: PERSONA_COLORS[1],
    });
    expect(store.getState().selection).toEqual({ kind: "persona", id });
  });
});

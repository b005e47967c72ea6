import { addPersona, createPersona, PERSONA_COLORS } from "@journeykit/core";
import type { EditorText } from "../i18n/editor-catalogue.js";
import type { JourneyMapStore } from "../store/create-journey-map-store.js";

/**
 * Adds "Persona N" (in the editor's language) in the next palette colour and selects it (the inspector opens it). Returns its id.
 *
 * @example
 * addNewPersona(store, text);
 */
export function addNewPersona(store: JourneyMapStore, text: EditorText): string | undefined {
  const state = store.getState();
  if (state.readOnly) return undefined;
  const n = state.map.personas.length;
  const record = createPersona({
    name: text.t("record.newPersona", { number: n + 1 }),
    color: PERSONA_COLORS[n % PERSONA_COLORS.length]!,
  });
  state.dispatch(addPersona, { record });
  if (!store.getState().map.personas.some((p) => p.id === record.id)) return undefined;
  state.select({ kind: "persona", id: record.id });
  return record.id;
}

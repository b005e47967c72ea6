import { personaSchema } from "../records/persona.js";
import { defineAdd, defineUpdate, type RemoveArgs } from "./collection-operations.js";
import { defineOperation } from "./define-operation.js";
import { moveItem } from "./record-changes.js";

/** Add a persona. @example addPersona(map, { record: createPersona({ name: "Maya" }) }) */
export const addPersona = defineAdd("addPersona", "personas", personaSchema, () => true);

/** Change a persona's fields. @example updatePersona(map, { id, changes: { role: "Commuter" } }) */
export const updatePersona = defineUpdate("updatePersona", "personas", personaSchema, () => true);

/**
 * Remove a persona: its emotion points go with it; cards, quotes, touchpoints and moments that named
 * it are detached from it.
 *
 * @example
 * removePersona(map, { id: maya.id });
 */
export const removePersona = defineOperation("removePersona", (draft, { id }: RemoveArgs) => {
  if (!draft.personas.some((p) => p.id === id)) return;
  draft.personas = draft.personas.filter((p) => p.id !== id);
  if (draft.emotions.some((e) => e.personaId === id))
    draft.emotions = draft.emotions.filter((e) => e.personaId !== id);
  for (const record of [...draft.cards, ...draft.quotes])
    if (record.personaId === id) delete record.personaId;
  for (const record of [...draft.touchpoints, ...draft.momentsOfTruth]) {
    if (record.personaIds?.includes(id)) record.personaIds = record.personaIds.filter((p) => p !== id);
  }
});

/** Reorder personas (legend order). @example movePersona(map, { id, toIndex: 0 }) */
export const movePersona = defineOperation(
  "movePersona",
  (draft, { id, toIndex }: { id: string; toIndex: number }) => {
    moveItem(
      draft.personas,
      draft.personas.findIndex((p) => p.id === id),
      toIndex,
    );
  },
);

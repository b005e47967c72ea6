import * as z from "zod/mini";
import { createId } from "../ids.js";
import {
  colorSchema,
  idSchema,
  metaSchema,
  nameSchema,
  stringListSchema,
  textSchema,
} from "../schema-primitives.js";

/** What a persona thinks, feels, says and does: the four quadrants of an empathy map. */
export const empathyMapSchema = z.object({
  thinks: stringListSchema,
  feels: stringListSchema,
  says: stringListSchema,
  does: stringListSchema,
});

/** The empathy map of a persona. */
export type EmpathyMap = z.infer<typeof empathyMapSchema>;

/** Whose journey this is: a customer archetype drawn in its own color. */
export const personaSchema = z.object({
  id: idSchema,
  name: nameSchema,
  role: z.optional(nameSchema),
  avatar: z.optional(textSchema),
  color: colorSchema,
  quote: z.optional(textSchema),
  demographics: z.record(z.string(), textSchema),
  psychographics: stringListSchema,
  needs: stringListSchema,
  motivations: stringListSchema,
  goals: stringListSchema,
  frustrations: stringListSchema,
  empathyMap: z.optional(empathyMapSchema),
  meta: z.optional(metaSchema),
});

/** A persona: whose journey the map follows. */
export type Persona = z.infer<typeof personaSchema>;

/** Colors given to new personas in turn; readable on light and dark themes. */
export const PERSONA_COLORS = ["#2f80ed", "#eb5757", "#27ae60", "#f2994a", "#9b51e0", "#00a3a3"] as const;

/**
 * A new persona with empty lists. Pass any fields to override.
 *
 * @example
 * createPersona({ name: "Maya", role: "Commuter" });
 */
export function createPersona(init: Partial<Persona> = {}): Persona {
  return {
    id: createId("persona"),
    name: "New persona",
    color: PERSONA_COLORS[0],
    demographics: {},
    psychographics: [],
    needs: [],
    motivations: [],
    goals: [],
    frustrations: [],
    ...init,
  };
}

import * as z from "zod/mini";
import { createId } from "../ids.js";
import { idSchema, metaSchema, nameSchema, textSchema } from "../schema-primitives.js";

/** A stage of the journey: one column of the map (awareness, consideration, purchase, ...). */
export const stageSchema = z.object({
  id: idSchema,
  name: nameSchema,
  description: z.optional(textSchema),
  meta: z.optional(metaSchema),
});

/** A stage: one ordered column of the map. */
export type Stage = z.infer<typeof stageSchema>;

/**
 * A new stage.
 *
 * @example
 * createStage({ name: "Awareness" });
 */
export function createStage(init: Partial<Stage> = {}): Stage {
  return { id: createId("stage"), name: "New stage", ...init };
}

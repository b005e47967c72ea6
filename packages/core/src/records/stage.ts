import * as z from "zod";
import { createId } from "../ids.js";
import { idSchema, metaSchema, nameSchema, textSchema } from "../schema-primitives.js";

/** A stage of the journey: one column of the map (awareness, consideration, purchase, ...). */
export const stageSchema = z.object({
  id: idSchema,
  name: nameSchema,
  description: textSchema.optional(),
  meta: metaSchema.optional(),
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

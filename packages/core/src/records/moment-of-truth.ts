import * as z from "zod/mini";
import { createId } from "../ids.js";
import { idSchema, metaSchema, nameSchema, oneToFiveSchema, textSchema } from "../schema-primitives.js";

/** Zero, first, second and ultimate moments of truth, or a custom one. */
export const MOMENT_KINDS = ["ZMOT", "FMOT", "SMOT", "UMOT", "custom"] as const;

/** How a moment of truth turned out. */
export const MOMENT_OUTCOMES = ["delight", "neutral", "fail"] as const;

/** A moment that makes or breaks loyalty. */
export const momentOfTruthSchema = z.object({
  id: idSchema,
  stageId: idSchema,
  touchpointId: z.optional(idSchema),
  title: nameSchema,
  description: z.optional(textSchema),
  kind: z.enum(MOMENT_KINDS),
  importance: oneToFiveSchema,
  outcome: z.optional(z.enum(MOMENT_OUTCOMES)),
  personaIds: z.optional(z.array(idSchema)),
  meta: z.optional(metaSchema),
});

/** A moment that makes or breaks loyalty. */
export type MomentOfTruth = z.infer<typeof momentOfTruthSchema>;

/** The kind of a moment of truth. */
export type MomentKind = MomentOfTruth["kind"];

/** The outcome of a moment of truth. */
export type MomentOutcome = NonNullable<MomentOfTruth["outcome"]>;

/**
 * A new moment of truth at a stage.
 *
 * @example
 * createMomentOfTruth({ stageId: serve.id, title: "The dish arrives cold", kind: "SMOT", importance: 5 });
 */
export function createMomentOfTruth(init: Partial<MomentOfTruth> & { stageId: string }): MomentOfTruth {
  return { id: createId("mot"), title: "New moment of truth", kind: "custom", importance: 3, ...init };
}

import * as z from "zod/mini";
import { createId } from "../ids.js";
import {
  colorSchema,
  idSchema,
  metaSchema,
  nameSchema,
  oneToFiveSchema,
  textSchema,
} from "../schema-primitives.js";

/** How well research backs a card. */
export const EVIDENCE_LEVELS = ["assumed", "observed", "measured"] as const;

/** How well research backs a card. */
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** A sticky note in one lane x stage cell. */
export const cardSchema = z.object({
  id: idSchema,
  laneId: idSchema,
  stageId: idSchema,
  text: textSchema,
  personaId: z.optional(idSchema),
  touchpointId: z.optional(idSchema),
  color: z.optional(colorSchema),
  tags: z.optional(z.array(nameSchema).check(z.maxLength(1_000))),
  /** Pain points: how much it hurts, 1..5. */
  severity: z.optional(oneToFiveSchema),
  /** Opportunities: expected impact, 1..5. */
  impact: z.optional(oneToFiveSchema),
  /** Opportunities: effort to deliver, 1..5. */
  effort: z.optional(oneToFiveSchema),
  /** Workshop dot votes. */
  votes: z.optional(z.int().check(z.minimum(0), z.maximum(1_000_000))),
  evidence: z.optional(z.enum(EVIDENCE_LEVELS)),
  meta: z.optional(metaSchema),
});

/** A sticky note in one lane x stage cell. */
export type Card = z.infer<typeof cardSchema>;

/**
 * A new card in a cell.
 *
 * @example
 * createCard({ laneId: lane.id, stageId: stage.id, text: "Waits 10 minutes for a table" });
 */
export function createCard(init: Partial<Card> & { laneId: string; stageId: string }): Card {
  return { id: createId("card"), text: "", ...init };
}

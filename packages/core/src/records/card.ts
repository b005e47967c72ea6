import * as z from "zod";
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
  personaId: idSchema.optional(),
  touchpointId: idSchema.optional(),
  color: colorSchema.optional(),
  tags: z.array(nameSchema).max(1_000).optional(),
  /** Pain points: how much it hurts, 1..5. */
  severity: oneToFiveSchema.optional(),
  /** Opportunities: expected impact, 1..5. */
  impact: oneToFiveSchema.optional(),
  /** Opportunities: effort to deliver, 1..5. */
  effort: oneToFiveSchema.optional(),
  /** Workshop dot votes. */
  votes: z.number().int().min(0).max(1_000_000).optional(),
  evidence: z.enum(EVIDENCE_LEVELS).optional(),
  meta: metaSchema.optional(),
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

import * as z from "zod/mini";
import { createId } from "../ids.js";
import { idSchema, metaSchema, nameSchema, textSchema } from "../schema-primitives.js";
import { EVIDENCE_LEVELS } from "./card.js";

/** Lowest emotion score: very negative. */
export const EMOTION_MIN = -3;
/** Highest emotion score: very positive. */
export const EMOTION_MAX = 3;

/** An emotion score: an integer from -3 (very negative) to +3 (very positive). */
const scoreError = { error: "expected an integer from -3 to 3" };
export const emotionScoreSchema = z
  .int(scoreError)
  .check(z.minimum(EMOTION_MIN, scoreError), z.maximum(EMOTION_MAX, scoreError));

/** One point of a persona's emotion curve, at a stage (optionally at a touchpoint of it). */
export const emotionPointSchema = z.object({
  id: idSchema,
  personaId: idSchema,
  stageId: idSchema,
  touchpointId: z.optional(idSchema),
  score: emotionScoreSchema,
  /** A word for the feeling, e.g. "anxious", "relieved". */
  emotion: z.optional(nameSchema),
  note: z.optional(textSchema),
  /** How the score is backed: the room's assumption, observed in research, or measured from data (format version 2). */
  evidence: z.optional(z.enum(EVIDENCE_LEVELS)),
  meta: z.optional(metaSchema),
});

/** One point of a persona's emotion curve. */
export type EmotionPoint = z.infer<typeof emotionPointSchema>;

/**
 * Whether a point belongs to the measured curve (derived from customer data by `@journeykit/evidence`)
 * rather than the curve the room drew. A persona has at most one of each per stage (and touchpoint), so
 * the two curves can be shown side by side; the assumed curve (analytics, layout) ignores measured points.
 *
 * @example
 * map.emotions.filter((e) => !isMeasuredEmotion(e)); // the workshop's curve
 */
export function isMeasuredEmotion(point: { evidence?: string | undefined }): boolean {
  return point.evidence === "measured";
}

/**
 * A new emotion point.
 *
 * @example
 * createEmotionPoint({ personaId: maya.id, stageId: order.id, score: -2, emotion: "anxious" });
 */
export function createEmotionPoint(
  init: Partial<EmotionPoint> & { personaId: string; stageId: string; score: number },
): EmotionPoint {
  return { id: createId("emo"), ...init };
}

/**
 * How an emotion score reads: signed, with a true minus sign ("+2", "0", "−3").
 *
 * @example
 * formatEmotionScore(-2); // "−2"
 */
export function formatEmotionScore(score: number): string {
  const rounded = Math.round(score);
  return rounded > 0 ? `+${rounded}` : rounded < 0 ? `−${-rounded}` : "0";
}

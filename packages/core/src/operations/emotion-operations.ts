import { createId } from "../ids.js";
import { EMOTION_MAX, EMOTION_MIN } from "../records/emotion-point.js";
import { type RemoveArgs, refs } from "./collection-operations.js";
import { defineOperation } from "./define-operation.js";
import { indexById } from "./record-changes.js";

/** Arguments of `setEmotion`: whose score, where, and the new score (rounded and clamped to -3..3). */
export interface SetEmotionArgs {
  personaId: string;
  stageId: string;
  touchpointId?: string;
  score: number;
  emotion?: string;
  note?: string;
}

/**
 * Set a persona's emotion at a stage (or at a touchpoint of it): updates the one point for that
 * persona/stage/touchpoint or creates it. The score is rounded and clamped to -3..3.
 *
 * @example
 * setEmotion(map, { personaId: maya.id, stageId: wait.id, score: -2, emotion: "anxious" });
 */
export const setEmotion = defineOperation("setEmotion", (draft, args: SetEmotionArgs) => {
  const { personaId, stageId, touchpointId } = args;
  if (!Number.isFinite(args.score)) return;
  if (!refs.persona(draft, personaId) || !refs.stage(draft, stageId)) return;
  if (!refs.touchpoint(draft, touchpointId, stageId)) return;
  const score = Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, Math.round(args.score)));
  const point = draft.emotions.find(
    (e) => e.personaId === personaId && e.stageId === stageId && e.touchpointId === touchpointId,
  );
  if (point) {
    if (point.score !== score) point.score = score;
    if (args.emotion !== undefined && point.emotion !== args.emotion) point.emotion = args.emotion;
    if (args.note !== undefined && point.note !== args.note) point.note = args.note;
    return;
  }
  draft.emotions.push({
    id: createId("emo"),
    personaId,
    stageId,
    ...(touchpointId === undefined ? {} : { touchpointId }),
    score,
    ...(args.emotion === undefined ? {} : { emotion: args.emotion }),
    ...(args.note === undefined ? {} : { note: args.note }),
  });
});

/** Remove an emotion point (the curve shows a gap there). @example removeEmotion(map, { id }) */
export const removeEmotion = defineOperation("removeEmotion", (draft, { id }: RemoveArgs) => {
  const index = indexById(draft.emotions, id);
  if (index >= 0) draft.emotions.splice(index, 1);
});

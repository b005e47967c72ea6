import { createId } from "../ids.js";
import { LIMITS } from "../limits.js";
import { EMOTION_MAX, EMOTION_MIN, emotionPointSchema } from "../records/emotion-point.js";
import { type RemoveArgs, refs } from "./collection-operations.js";
import { defineOperation } from "./define-operation.js";
import { applyChanges, indexById, indexWhere } from "./record-changes.js";

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
 * persona/stage/touchpoint or creates it. The score is rounded and clamped to -3..3. Refused (the map
 * is returned unchanged) when the point would not validate: a missing persona, stage or touchpoint, a
 * score that is not a finite number, an `emotion` longer than a name (500 characters) or a `note`
 * longer than a text, or more emotion points than `LIMITS.maxRecordsPerKind`.
 *
 * @example
 * setEmotion(map, { personaId: maya.id, stageId: wait.id, score: -2, emotion: "anxious" });
 */
export const setEmotion = defineOperation("setEmotion", (draft, args: SetEmotionArgs) => {
  const { personaId, stageId, touchpointId } = args;
  if (typeof args.score !== "number" || !Number.isFinite(args.score)) return;
  if (typeof personaId !== "string" || typeof stageId !== "string") return;
  if (!refs.persona(draft, personaId) || !refs.stage(draft, stageId)) return;
  if (!refs.touchpoint(draft, touchpointId, stageId)) return;
  const score = Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, Math.round(args.score)));
  const changes = {
    score,
    ...(args.emotion === undefined ? {} : { emotion: args.emotion }),
    ...(args.note === undefined ? {} : { note: args.note }),
  };
  const point =
    draft.emotions[
      indexWhere(
        draft.emotions,
        (e) => e.personaId === personaId && e.stageId === stageId && e.touchpointId === touchpointId,
      )
    ];
  if (point) {
    applyChanges(point, changes, emotionPointSchema);
    return;
  }
  const created = {
    id: createId("emo"),
    personaId,
    stageId,
    ...(touchpointId === undefined ? {} : { touchpointId }),
    ...changes,
  };
  if (draft.emotions.length >= LIMITS.maxRecordsPerKind) return;
  if (!emotionPointSchema.safeParse(created).success) return;
  draft.emotions.push(created);
});

/** Remove an emotion point (the curve shows a gap there). @example removeEmotion(map, { id }) */
export const removeEmotion = defineOperation("removeEmotion", (draft, { id }: RemoveArgs) => {
  const index = indexById(draft.emotions, id);
  if (index >= 0) draft.emotions.splice(index, 1);
});

import type { Draft, Patch } from "immer";
import { createId } from "../ids.js";
import { LIMITS } from "../limits.js";
import type { EvidenceLevel } from "../records/card.js";
import {
  EMOTION_MAX,
  EMOTION_MIN,
  type EmotionPoint,
  emotionPointSchema,
  isMeasuredEmotion,
} from "../records/emotion-point.js";
import type { JourneyMap } from "../records/journey-map.js";
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
  /**
   * How the score is backed. `"measured"` sets the point of the measured curve (from customer data),
   * which sits beside the room's point for the same persona and stage; any other value (or none) sets
   * the room's point.
   */
  evidence?: EvidenceLevel;
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
/** What `setEmotion` does: change the point at `index`, or add `created`; undefined when refused. */
function planEmotion(
  map: Draft<JourneyMap> | JourneyMap,
  args: SetEmotionArgs,
): { index: number; changes: Partial<EmotionPoint> } | { created: EmotionPoint } | undefined {
  const { personaId, stageId, touchpointId } = args;
  if (typeof args.score !== "number" || !Number.isFinite(args.score)) return undefined;
  if (typeof personaId !== "string" || typeof stageId !== "string") return undefined;
  if (!refs.persona(map, personaId) || !refs.stage(map, stageId)) return undefined;
  if (!refs.touchpoint(map, touchpointId, stageId)) return undefined;
  const score = Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, Math.round(args.score)));
  const changes = {
    score,
    ...(args.emotion === undefined ? {} : { emotion: args.emotion }),
    ...(args.note === undefined ? {} : { note: args.note }),
    ...(args.evidence === undefined ? {} : { evidence: args.evidence }),
  };
  const measured = args.evidence === "measured";
  const index = indexWhere(
    map.emotions as readonly EmotionPoint[],
    (e) =>
      e.personaId === personaId &&
      e.stageId === stageId &&
      e.touchpointId === touchpointId &&
      isMeasuredEmotion(e) === measured,
  );
  if (index >= 0) return { index, changes };
  const created = {
    id: createId("emo"),
    personaId,
    stageId,
    ...(touchpointId === undefined ? {} : { touchpointId }),
    ...changes,
  };
  if (map.emotions.length >= LIMITS.maxRecordsPerKind) return undefined;
  if (!emotionPointSchema.safeParse(created).success) return undefined;
  return { created };
}

export const setEmotion = defineOperation(
  "setEmotion",
  (draft, args: SetEmotionArgs) => {
    const plan = planEmotion(draft, args);
    if (!plan) return;
    if ("created" in plan) draft.emotions.push(plan.created);
    else applyChanges(draft.emotions[plan.index]!, plan.changes, emotionPointSchema);
  },
  // The same edit without immer: the field (or added point) patches immer gives.
  (map, args) => {
    const plan = planEmotion(map, args);
    if (!plan) return undefined;
    const list = map.emotions;
    if ("created" in plan) {
      const path = ["emotions", list.length];
      return {
        map: { ...map, emotions: [...list, plan.created] },
        patches: [{ op: "add", path, value: plan.created }],
        inversePatches: [{ op: "remove", path }],
      };
    }
    const point = list[plan.index]!;
    const updated: Record<string, unknown> = { ...point, ...plan.changes };
    if (!emotionPointSchema.safeParse(updated).success) return undefined;
    const patches: Patch[] = [];
    const inversePatches: Patch[] = [];
    for (const [key, value] of Object.entries(plan.changes)) {
      const had = Object.hasOwn(point, key);
      const old = (point as Record<string, unknown>)[key];
      if (had && old === value) continue;
      const path = ["emotions", plan.index, key];
      patches.push({ op: had ? "replace" : "add", path, value });
      inversePatches.push(had ? { op: "replace", path, value: old } : { op: "remove", path });
    }
    if (patches.length === 0) return undefined;
    const emotions = list.slice();
    emotions[plan.index] = updated as EmotionPoint;
    return { map: { ...map, emotions }, patches, inversePatches };
  },
);

/** Remove an emotion point (the curve shows a gap there). @example removeEmotion(map, { id }) */
export const removeEmotion = defineOperation("removeEmotion", (draft, { id }: RemoveArgs) => {
  const index = indexById(draft.emotions, id);
  if (index >= 0) draft.emotions.splice(index, 1);
});

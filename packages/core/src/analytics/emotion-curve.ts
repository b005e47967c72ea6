import { isMeasuredEmotion } from "../records/emotion-point.js";
import type { JourneyMap } from "../records/journey-map.js";
import { stageEmotion } from "./stage-emotion.js";

/** One stage of a persona's emotion curve. */
export interface EmotionCurveEntry {
  stageId: string;
  stageName: string;
  /** -3..3 (a mean when only touchpoint-level points exist), or null for a gap. */
  score: number | null;
  emotion?: string;
  note?: string;
  /** Touchpoint-level scores at this stage. */
  touchpoints: { touchpointId: string; name: string; score: number; emotion?: string }[];
}

/**
 * A persona's emotion curve as the room drew it (measured points are `@journeykit/evidence`'s
 * `measuredEmotion`), in stage order, with gaps (null) where a stage has no score.
 *
 * @example
 * emotionCurve(map, maya.id).map((e) => e.score); // [1, -2, null, 2]
 */
export function emotionCurve(map: JourneyMap, personaId: string): EmotionCurveEntry[] {
  return map.stages.map((stage) => {
    const points = map.emotions.filter(
      (e) => e.personaId === personaId && e.stageId === stage.id && !isMeasuredEmotion(e),
    );
    const stageLevel = points.find((p) => p.touchpointId === undefined);
    const entry: EmotionCurveEntry = {
      stageId: stage.id,
      stageName: stage.name,
      score: stageEmotion(map, personaId, stage.id),
      touchpoints: points.flatMap((p) => {
        if (p.touchpointId === undefined) return [];
        const name = map.touchpoints.find((t) => t.id === p.touchpointId)?.name ?? p.touchpointId;
        return [
          {
            touchpointId: p.touchpointId,
            name,
            score: p.score,
            ...(p.emotion ? { emotion: p.emotion } : {}),
          },
        ];
      }),
    };
    if (stageLevel?.emotion) entry.emotion = stageLevel.emotion;
    if (stageLevel?.note) entry.note = stageLevel.note;
    return entry;
  });
}

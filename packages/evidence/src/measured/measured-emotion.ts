import { isMeasuredEmotion, type JourneyMap, stageEmotion } from "@journeykit/core";
import { type MeasuredMeta, readMeasuredMeta } from "./measured-meta.js";

/** One stage of a persona's measured curve, beside the room's assumed score. */
export interface MeasuredEmotionEntry {
  stageId: string;
  stageName: string;
  /** The measured score, -3..3, or null where the data says nothing. */
  measured: number | null;
  /** The score the room drew (its stage point, else the mean of its touchpoint points), or null. */
  assumed: number | null;
  /** The measured point's note (how many responses, which source, the figures). */
  note?: string;
  /**
   * The feeling the stage's measured score rounds, with its 95% interval and the figures it came from
   * (present for points `applyEvidence` set since the interval was kept).
   */
  feeling?: MeasuredMeta;
}

/**
 * A persona's measured emotion curve in stage order (the points `applyEvidence` set with evidence
 * "measured", derived from comment sentiment and ratings by `emotionFromEvidence`), beside the curve
 * the room drew, for drawing the two together. `personaId` defaults to the first persona with measured
 * points (else the first persona).
 *
 * @example
 * measuredEmotion(map).map((e) => [e.assumed, e.measured]); // [[2, 1], [1, -2], ...]
 */
export function measuredEmotion(map: JourneyMap, personaId?: string): MeasuredEmotionEntry[] {
  const persona =
    personaId ?? map.emotions.find((e) => isMeasuredEmotion(e))?.personaId ?? map.personas[0]?.id;
  if (persona === undefined) return [];
  return map.stages.map((stage) => {
    const points = map.emotions.filter(
      (e) => e.personaId === persona && e.stageId === stage.id && isMeasuredEmotion(e),
    );
    const stageLevel = points.find((p) => p.touchpointId === undefined);
    const feeling = stageLevel ? readMeasuredMeta(stageLevel) : undefined;
    const measured = stageLevel
      ? stageLevel.score
      : points.length
        ? points.reduce((s, p) => s + p.score, 0) / points.length
        : null;
    return {
      stageId: stage.id,
      stageName: stage.name,
      measured,
      assumed: stageEmotion(map, persona, stage.id),
      ...(stageLevel?.note ? { note: stageLevel.note } : {}),
      ...(feeling ? { feeling } : {}),
    };
  });
}

import { isMeasuredEmotion } from "../records/emotion-point.js";
import type { JourneyMap } from "../records/journey-map.js";

/**
 * A persona's score at a stage: the stage-level point, else the mean of its touchpoint-level points,
 * else null (a gap). The room's curve: measured points (`isMeasuredEmotion`) are not part of it.
 */
export function stageEmotion(map: JourneyMap, personaId: string, stageId: string): number | null {
  let sum = 0;
  let count = 0;
  for (const point of map.emotions) {
    if (point.personaId !== personaId || point.stageId !== stageId || isMeasuredEmotion(point)) continue;
    if (point.touchpointId === undefined) return point.score;
    sum += point.score;
    count++;
  }
  return count > 0 ? sum / count : null;
}

/** The mean score at a stage over the given personas (all when omitted), or null when nobody scored it. */
export function meanStageEmotion(
  map: JourneyMap,
  stageId: string,
  personaIds?: readonly string[],
): number | null {
  const ids = personaIds && personaIds.length > 0 ? personaIds : map.personas.map((p) => p.id);
  const scores = ids.map((id) => stageEmotion(map, id, stageId)).filter((s): s is number => s !== null);
  return scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
}

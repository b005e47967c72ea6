import type { Issue } from "../parse/issue.js";
import { isMeasuredEmotion } from "../records/emotion-point.js";
import type { JourneyMap } from "../records/journey-map.js";
import { quoted } from "./record-label.js";

/**
 * Why each emotion point that is a second score for the same persona and stage (and touchpoint, on the
 * same curve) cannot stay, by its index: the issues `checkEmotionDuplicates` found in a valid map. The
 * first in document order stays.
 *
 * @example
 * secondScores(map, checkEmotionDuplicates(map)); // Map { 4 => 'a second score for persona "p1" at stage "s2"' }
 */
export function secondScores(map: JourneyMap, issues: readonly Issue[]): Map<number, string> {
  const reasons = new Map<number, string>();
  for (const { at } of issues) {
    const point = at?.collection === "emotions" ? map.emotions[at.index] : undefined;
    if (!point || !at) continue;
    const measured = isMeasuredEmotion(point) ? "measured " : "";
    const touchpoint =
      point.touchpointId === undefined ? "" : ` and touchpoint ${quoted(point.touchpointId)}`;
    reasons.set(
      at.index,
      `a second ${measured}score for persona ${quoted(point.personaId)} at stage ${quoted(point.stageId)}${touchpoint} (the first one stays)`,
    );
  }
  return reasons;
}

import type { JourneyMap, Metric, Quote } from "@journeykit/core";
import { measuredEmotion } from "./measured-emotion.js";

/** A stage where the room's assumption and the data disagree, with the evidence behind it. */
export interface AssumptionGap {
  personaId: string;
  stageId: string;
  stageName: string;
  /** The room's score, -3..3. */
  assumed: number;
  /** The measured score, -3..3. */
  measured: number;
  /** measured - assumed: negative when customers feel worse than the room thought. */
  gap: number;
  evidence: {
    /** The stage's metrics that came from data (they name a source). */
    metrics: Metric[];
    /** Up to three quotes of the stage, most telling first (the persona's, then by sentiment in the gap's direction). */
    quotes: Quote[];
  };
}

/** The least difference, in emotion points, that counts as a disagreement. */
export const GAP_THRESHOLD = 2;

/**
 * Where the room and the data disagree: every persona and stage with both an assumed and a measured
 * emotion differing by 2 or more, largest gap first, with the stage's measured metrics and quotes.
 *
 * @example
 * assumptionGaps(map)[0]; // { stageName: "Wait for food", assumed: 1, measured: -2, gap: -3, evidence: {...} }
 */
export function assumptionGaps(map: JourneyMap): AssumptionGap[] {
  const gaps: AssumptionGap[] = [];
  for (const persona of map.personas) {
    for (const entry of measuredEmotion(map, persona.id)) {
      if (entry.assumed === null || entry.measured === null) continue;
      const gap = entry.measured - entry.assumed;
      if (Math.abs(gap) < GAP_THRESHOLD) continue;
      const direction = Math.sign(gap);
      const quotes = map.quotes
        .filter((q) => q.stageId === entry.stageId)
        .sort(
          (a, b) =>
            Number(b.personaId === persona.id) - Number(a.personaId === persona.id) ||
            -direction * ((a.sentiment ?? 0) - (b.sentiment ?? 0)),
        )
        .slice(0, 3);
      gaps.push({
        personaId: persona.id,
        stageId: entry.stageId,
        stageName: entry.stageName,
        assumed: entry.assumed,
        measured: entry.measured,
        gap: Math.round(gap * 100) / 100,
        evidence: {
          metrics: map.metrics.filter((m) => m.stageId === entry.stageId && m.sourceId !== undefined),
          quotes,
        },
      });
    }
  }
  return gaps.sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap));
}

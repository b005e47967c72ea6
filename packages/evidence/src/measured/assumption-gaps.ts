import type { JourneyMap, Metric, Quote } from "@journeykit/core";
import { describeDisagreement } from "./describe-feeling.js";
import { measuredEmotion } from "./measured-emotion.js";
import type { MeasuredMeta } from "./measured-meta.js";

/** A stage where the room's assumption and the data disagree, with the evidence behind it. */
export interface AssumptionGap {
  personaId: string;
  stageId: string;
  stageName: string;
  /** The room's score, -3..3. */
  assumed: number;
  /** The measured feeling, -3..3 (one decimal when the point keeps its interval, else its integer score). */
  measured: number;
  /** Half-width of the measured feeling's 95% interval (0 when the point does not keep one). */
  margin: number;
  /** measured - assumed: negative when customers feel worse than the room thought. */
  gap: number;
  /** The figures the measured feeling came from, when the point keeps them. */
  feeling?: MeasuredMeta;
  /**
   * The disagreement in words, with the numbers: "the room: +1; customers: −1.2 ±0.7, from NPS −39 ±24,
   * n=51" (or "the room: +1; customers: −2" for a point without figures).
   */
  summary: string;
  evidence: {
    /** The stage's metrics that came from data (they name a source). */
    metrics: Metric[];
    /** Up to three quotes of the stage, most telling first (the persona's, then by sentiment in the gap's direction). */
    quotes: Quote[];
  };
}

/**
 * The least distance, in emotion points, between the room's score and the measured feeling that counts
 * as a disagreement (beside lying outside the measured interval).
 */
export const GAP_THRESHOLD = 1;

/**
 * Where the room and the data disagree: every persona and stage whose assumed score lies outside the
 * measured feeling's 95% interval and at least `GAP_THRESHOLD` (1 point) from it, largest gap first,
 * with the stage's measured metrics and quotes. A stage whose interval holds the room's score is not
 * listed, however far the rounded scores are: the data cannot tell them apart. A measured point without
 * a kept interval (set before it was kept) counts with its integer score and needs 2 points.
 *
 * @example
 * assumptionGaps(map)[0].summary; // "the room: +1; customers: −1.2 ±0.7, from NPS −39 ±24, n=51"
 */
export function assumptionGaps(map: JourneyMap): AssumptionGap[] {
  const gaps: AssumptionGap[] = [];
  for (const persona of map.personas) {
    for (const entry of measuredEmotion(map, persona.id)) {
      if (entry.assumed === null || entry.measured === null) continue;
      const feeling = entry.feeling;
      const measured = feeling?.value ?? entry.measured;
      const margin = feeling?.margin ?? 0;
      const gap = measured - entry.assumed;
      const distance = Math.abs(gap);
      if (feeling ? distance <= margin || distance < GAP_THRESHOLD : distance < 2) continue;
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
        measured,
        margin,
        gap: Math.round(gap * 100) / 100,
        ...(feeling ? { feeling } : {}),
        summary: describeDisagreement(
          entry.assumed,
          feeling ?? { value: measured, margin: 0, from: [], n: 0 },
        ),
        evidence: {
          metrics: map.metrics.filter((m) => m.stageId === entry.stageId && m.sourceId !== undefined),
          quotes,
        },
      });
    }
  }
  return gaps.sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap));
}

import { EMOTION_MAX, EMOTION_MIN } from "@journeykit/core";

/** The signals a measured emotion is made of; any may be missing. */
export interface EmotionSignals {
  /** Mean comment sentiment, -1..1. */
  sentiment?: number;
  /** NPS, -100..100. */
  nps?: number;
  /** CSAT, % satisfied 0..100. */
  csat?: number;
  /** CES 1..7 (higher is easier). */
  ces?: number;
  /** Mean star rating on 1..5. */
  stars?: number;
}

/**
 * The documented mapping from data to the -3..+3 emotion scale. Each signal is placed linearly on
 * -3..+3, then their mean is rounded (and clamped):
 * sentiment s -> 3s; NPS -> 3 * NPS / 100; CSAT -> 3 * (CSAT - 50) / 50; CES -> CES - 4;
 * stars -> 3 * (stars - 3) / 2. Undefined when there is no signal.
 *
 * @example
 * emotionFromEvidence({ sentiment: -0.4, csat: 30 }); // round((-1.2 + -1.2) / 2) = -1
 */
export function emotionFromEvidence(signals: EmotionSignals): number | undefined {
  const parts: number[] = [];
  if (signals.sentiment !== undefined) parts.push(3 * signals.sentiment);
  if (signals.nps !== undefined) parts.push((3 * signals.nps) / 100);
  if (signals.csat !== undefined) parts.push((3 * (signals.csat - 50)) / 50);
  if (signals.ces !== undefined) parts.push(signals.ces - 4);
  if (signals.stars !== undefined) parts.push((3 * (signals.stars - 3)) / 2);
  if (parts.length === 0) return undefined;
  const mean = parts.reduce((a, b) => a + b, 0) / parts.length;
  return Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, Math.round(mean))) + 0;
}

import { EMOTION_MAX, EMOTION_MIN } from "@journeykit/core";

/** A kind of data a measured feeling can come from. Ratings first; comment sentiment only without them. */
export type FeelingSource = "NPS" | "CSAT" | "CES" | "stars" | "sentiment";

/** One figure a measured feeling is made of, in its own unit, with its 95% margin and sample size. */
export interface FeelingSignal {
  kind: FeelingSource;
  /** NPS −100..100, CSAT % satisfied 0..100, CES 1..7 (higher is easier), stars 1..5, sentiment −1..1. */
  value: number;
  /** Half-width of the figure's 95% interval, in its unit (absent for fewer than two answers). */
  margin?: number;
  /** Answers behind it. */
  n: number;
}

/** A stage's measured feeling on the −3..+3 emotion scale, and what it was measured from. */
export interface MeasuredFeeling {
  /** −3..3, one decimal. */
  value: number;
  /** Half-width of its 95% interval on the emotion scale (0 when no figure had one). */
  margin: number;
  /** The integer score the measured curve draws. */
  score: number;
  /** `"ratings"` when any rating was given at the stage; `"comments"` when only comment sentiment was. */
  basis: "ratings" | "comments";
  /** The figures it was made of (ratings only, when there were ratings). */
  from: FeelingSignal[];
  /** The most answers behind any of them. */
  n: number;
}

/** The slope of each kind's linear placement on −3..+3 (see `measuredFeeling`). */
const SLOPE: Record<FeelingSource, number> = {
  NPS: 3 / 100,
  CSAT: 3 / 50,
  CES: 1,
  stars: 3 / 2,
  sentiment: 3,
};
/** The figure that sits at 0 on the emotion scale. */
const CENTRE: Record<FeelingSource, number> = { NPS: 0, CSAT: 50, CES: 4, stars: 3, sentiment: 0 };

const clamp = (x: number) => Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, x));
const round1 = (x: number) => Math.round(x * 10) / 10 + 0;

/** One figure placed on the emotion scale: `(value − centre) × slope`, its margin × slope. */
export function onEmotionScale(signal: FeelingSignal): { value: number; margin?: number } {
  const slope = SLOPE[signal.kind];
  return {
    value: clamp((signal.value - CENTRE[signal.kind]) * slope),
    ...(signal.margin !== undefined ? { margin: signal.margin * slope } : {}),
  };
}

/**
 * The measured feeling of a stage, from what customers rated first. Each figure is placed linearly on
 * −3..+3: NPS → 3·NPS/100; CSAT (% satisfied) → 3·(CSAT − 50)/50; CES (1..7, higher is easier) →
 * CES − 4; stars (1..5) → 1.5·(stars − 3); sentiment (−1..1) → 3·sentiment. Ratings decide: when the
 * stage has any rating, comment sentiment is left out (a lexicon reading "waited 25 minutes" must not
 * pull an NPS of −39 towards 0); sentiment is used only where no one rated the stage. Several ratings
 * are averaged, and so are their margins (a conservative bound: the ratings of one customer move
 * together, so their errors do not cancel). The result is clamped to −3..3; `score` is its rounding,
 * the point the curve draws. Undefined without any figure.
 *
 * @example
 * measuredFeeling([{ kind: "NPS", value: -39, margin: 24, n: 51 }, { kind: "sentiment", value: 0.1, n: 40 }]);
 * // { value: -1.2, margin: 0.7, score: -1, basis: "ratings", from: [NPS], n: 51 }
 */
export function measuredFeeling(signals: readonly FeelingSignal[]): MeasuredFeeling | undefined {
  const ratings = signals.filter((s) => s.kind !== "sentiment");
  const from = ratings.length > 0 ? ratings : signals.filter((s) => s.kind === "sentiment");
  if (from.length === 0) return undefined;
  const placed = from.map(onEmotionScale);
  const value = clamp(placed.reduce((sum, p) => sum + p.value, 0) / placed.length);
  const margins = placed.map((p) => p.margin).filter((m): m is number => m !== undefined);
  const margin = margins.length ? margins.reduce((a, b) => a + b, 0) / margins.length : 0;
  return {
    value: round1(value),
    margin: round1(margin),
    score: Math.round(value) + 0,
    basis: ratings.length > 0 ? "ratings" : "comments",
    from: [...from],
    n: Math.max(...from.map((s) => s.n)),
  };
}

/** The signals a measured emotion is made of; any may be missing (figures without margins). */
export interface EmotionSignals {
  /** Mean comment sentiment, −1..1. */
  sentiment?: number;
  /** NPS, −100..100. */
  nps?: number;
  /** CSAT, % satisfied 0..100. */
  csat?: number;
  /** CES 1..7 (higher is easier). */
  ces?: number;
  /** Mean star rating on 1..5. */
  stars?: number;
}

/**
 * The integer emotion score of a set of figures without margins: `measuredFeeling(...).score` (ratings
 * first, sentiment only without ratings). Undefined when there is no signal.
 *
 * @example
 * emotionFromEvidence({ sentiment: 0.2, nps: -66 }); // -2: the NPS decides, the comments' +0.2 is not averaged in
 */
export function emotionFromEvidence(signals: EmotionSignals): number | undefined {
  const list: FeelingSignal[] = [];
  if (signals.nps !== undefined) list.push({ kind: "NPS", value: signals.nps, n: 0 });
  if (signals.csat !== undefined) list.push({ kind: "CSAT", value: signals.csat, n: 0 });
  if (signals.ces !== undefined) list.push({ kind: "CES", value: signals.ces, n: 0 });
  if (signals.stars !== undefined) list.push({ kind: "stars", value: signals.stars, n: 0 });
  if (signals.sentiment !== undefined) list.push({ kind: "sentiment", value: signals.sentiment, n: 0 });
  return measuredFeeling(list)?.score;
}

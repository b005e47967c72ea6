import type { Metric } from "@journeykit/core";

/** What a suggested pain point is drawn from: one theme of a stage, and the stage's rating. */
export interface PainPointEvidence {
  /** The theme's phrase ("waiting room"). */
  term: string;
  /** Comments of the stage that mention it. */
  count: number;
  /** Comments of the stage. */
  comments: number;
  /** Mean sentiment (-1..1) of the comments that mention it. */
  meanSentiment: number;
  /** The stage's rating metric, shown beside the count (NPS first, then CSAT, CES, stars). */
  rating?: Pick<Metric, "kind" | "value" | "label">;
  /** How customers rated the stage on the emotion scale, −3..+3 (ratings only, no comment sentiment). */
  ratingFeeling?: number;
}

/** Severity as `painPointSeverity` works it out, with the parts it adds up. */
export interface PainPointSeverity {
  severity: 1 | 2 | 3 | 4 | 5;
  /** Share of the stage's comments that mention the theme (0..1). */
  share: number;
  /** min(2, 4 × share): 2 once half the stage's comments mention it. */
  spread: number;
  /** clamp(−meanSentiment, 0, 1): how negative those comments are. */
  negativity: number;
  /** clamp(−ratingFeeling / 3, 0, 1): how badly customers rated the stage (0 without a rating). */
  rated: number;
}

const MINUS = "\u2212";
const clamp01 = (x: number) => Math.max(0, Math.min(1, x));

/** A number as people read it, with a real minus sign. */
const signed = (text: string) => text.replace(/^-/, MINUS);

/**
 * A stage rating as a finding cites it: "NPS −39", "CSAT 62%", "CES 3.1/7", "rating 2.4/5".
 *
 * @example
 * ratingText({ kind: "NPS", value: -38.6 }); // "NPS −39"
 */
export function ratingText(metric: Pick<Metric, "kind" | "value" | "label">): string {
  const { kind, value } = metric;
  if (kind === "NPS") return `NPS ${signed(String(Math.round(value)))}`;
  if (kind === "CSAT") return `CSAT ${Number(value.toFixed(1))}%`;
  if (kind === "CES") return `CES ${Number(value.toFixed(1))}/7`;
  const max = metric.label?.match(/\(\s*-?\d+(?:\.\d+)?\s*-\s*(\d+(?:\.\d+)?)\s*\)/)?.[1];
  return `rating ${signed(String(Number(value.toFixed(1))))}${max ? `/${max}` : ""}`;
}

/**
 * A theme's phrase as the name of a finding: sentence case, as written ("waiting room" → "Waiting
 * room"; "sala de espera" → "Sala de espera").
 *
 * @example
 * findingName("card machine"); // "Card machine"
 */
export function findingName(term: string): string {
  const text = term.trim();
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/**
 * A suggested pain point's text, as an analyst writes a finding: its name, how many of the stage's
 * comments mention it, and the stage's rating when it has one.
 *
 * @example
 * painPointText({ term: "waiting room", count: 28, comments: 51, meanSentiment: -0.5, rating: { kind: "NPS", value: -39 } });
 * // "Waiting room: 28 of 51 comments, NPS −39"
 */
export function painPointText(evidence: PainPointEvidence): string {
  const count = `${evidence.count} of ${evidence.comments} comment${evidence.comments === 1 ? "" : "s"}`;
  return `${findingName(evidence.term)}: ${count}${evidence.rating ? `, ${ratingText(evidence.rating)}` : ""}`;
}

/**
 * How severe a suggested pain point is, from its evidence rather than a constant:
 * **severity = round(1 + spread + negativity + rated)**, 1..5, where spread = min(2, 4 × share of the
 * stage's comments), negativity = clamp(−mean sentiment of those comments, 0, 1) and rated =
 * clamp(−the stage's rating on the emotion scale / 3, 0, 1) (0 without a rating or for a stage rated
 * neutral or better). A theme in a tenth of a neutral stage's comments, mildly negative, is a 2; one in
 * half the comments of a stage with NPS −39, clearly negative, a 4; a 5 takes a widespread, strongly
 * negative theme on a stage customers rate badly.
 *
 * @example
 * painPointSeverity({ term: "waiting room", count: 28, comments: 51, meanSentiment: -0.5, ratingFeeling: -1.17 }).severity; // 4
 */
export function painPointSeverity(evidence: PainPointEvidence): PainPointSeverity {
  const share = evidence.comments > 0 ? evidence.count / evidence.comments : 0;
  const spread = Math.min(2, 4 * share);
  const negativity = clamp01(-evidence.meanSentiment);
  const rated = evidence.ratingFeeling === undefined ? 0 : clamp01(-evidence.ratingFeeling / 3);
  const severity = Math.max(1, Math.min(5, Math.round(1 + spread + negativity + rated))) as 1 | 2 | 3 | 4 | 5;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    severity,
    share: round(share),
    spread: round(spread),
    negativity: round(negativity),
    rated: round(rated),
  };
}

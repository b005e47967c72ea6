import type { Metric, Quote } from "@journeykit/core";
import type { FoundTheme, Theme } from "../themes/top-themes.js";
import type { SuggestedPainPoint } from "./evidence-analysis.js";
import { MIN_ANSWERS } from "./min-answers.js";
import { painPointSeverity, painPointText, ratingText } from "./pain-point-finding.js";
import { readableQuote } from "./pick-quotes.js";
import type { PlacedRow } from "./place-rows.js";

/** Pain points proposed per stage. */
const PAIN_POINTS_PER_STAGE = 4;
/** Quotes linked to each suggested pain point. */
const QUOTES_PER_PAIN_POINT = 2;

/** What a stage's pain points are found from. */
export interface StagePainPointInput {
  stageId: string;
  /** The stage's themes, most telling first, with the comments (indexes in `commented`) that mention each. */
  found: FoundTheme[];
  /** The themes kept in the stage's evidence. */
  themes: Theme[];
  /** The stage's rows that have a comment. */
  commented: PlacedRow[];
  /** Quotes per stage (0: pain points link no quotes). */
  quoteLimit: number;
  /** The stage's rating, cited beside each finding, and where it sits on the emotion scale. */
  rating?: Metric;
  ratingFeeling?: number;
  /** The quote of a commented row (made once per stage). */
  quoteFor: (row: number) => Quote;
}

/** A theme's two most telling comments: the most negative readable ones that mention it, each text once. */
function tellingComments(theme: FoundTheme, commented: PlacedRow[]): { row: number; text: string }[] {
  const examples: { row: number; text: string }[] = [];
  const byTelling = theme.comments
    .map((row) => ({ row, text: commented[row]!.comment!, sentiment: commented[row]!.sentiment ?? 0 }))
    .sort(
      (a, b) => Number(readableQuote(b.text)) - Number(readableQuote(a.text)) || a.sentiment - b.sentiment,
    );
  for (const c of byTelling) {
    if (examples.length >= QUOTES_PER_PAIN_POINT) break;
    if (!examples.some((e) => e.text === c.text)) examples.push(c);
  }
  return examples;
}

/** A theme that makes a pain point: negative enough, and mentioned by enough comments. */
const isPainful = (theme: FoundTheme) =>
  !(theme.meanSentiment > -0.1 || theme.count < Math.max(3, MIN_ANSWERS * 0.6));

/**
 * The pain points a stage's negative themes suggest (at most four), each with its severity, the
 * figures it is based on and two quotes.
 */
export function stagePainPoints(input: StagePainPointInput): SuggestedPainPoint[] {
  const { stageId, commented, rating, ratingFeeling } = input;
  return input.found
    .filter(isPainful)
    .slice(0, PAIN_POINTS_PER_STAGE)
    .map((theme) => {
      const examples = input.quoteLimit > 0 ? tellingComments(theme, commented) : [];
      const linked = examples.map((c) => input.quoteFor(c.row));
      const evidence = {
        term: theme.term,
        count: theme.count,
        comments: commented.length,
        meanSentiment: theme.meanSentiment,
        ...(rating ? { rating } : {}),
        ...(ratingFeeling !== undefined ? { ratingFeeling } : {}),
      };
      const { severity, ...basis } = painPointSeverity(evidence);
      return {
        stageId,
        text: painPointText(evidence),
        severity,
        basis: { ...basis, ...(rating ? { rating: ratingText(rating) } : {}) },
        theme: input.themes.find((t) => t.term === theme.term) ?? (({ comments: _, ...t }) => t)(theme),
        quoteIds: linked.map((q) => q.id),
      };
    });
}

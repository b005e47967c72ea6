import type { JourneyMap, Metric, MetricKind, Quote, Stage } from "@journeykit/core";
import { sentimentLanguage } from "../sentiment/score-sentiment.js";
import { findThemes, type Theme } from "../themes/top-themes.js";
import { measuredFeeling } from "./emotion-from-evidence.js";
import type { StageEvidence, SuggestedPainPoint } from "./evidence-analysis.js";
import type { QuoteOfRow } from "./evidence-quote.js";
import { feelingSignals } from "./feeling-signals.js";
import { MIN_ANSWERS } from "./min-answers.js";
import { pickQuotes } from "./pick-quotes.js";
import type { PlacedRow, RatingColumn } from "./place-rows.js";
import { round3 } from "./round3.js";
import { stagePainPoints } from "./stage-pain-points.js";

/** Themes kept per stage in the analysis, themes weighed for pain points. */
const THEMES_KEPT = 5;
const THEMES_WEIGHED = 10;
/** A stage's rating cited in a pain point: the first of these it has. */
const RATING_KINDS: readonly MetricKind[] = ["NPS", "CSAT", "CES", "custom"];

/** What the stages' findings are read from, besides the rows. */
export interface StageFindingsContext {
  map: JourneyMap;
  metrics: Metric[];
  ratingColumns: readonly RatingColumn[];
  quoteOf: QuoteOfRow;
  /** Language of the comments for themes (a locale). */
  locale: string | undefined;
  /** Quotes per stage, as asked (default 3; at most 10). */
  quotesPerStage: number | undefined;
}

/** One stage's findings: its evidence, its quotes and the pain points it suggests. */
interface StageFinding {
  evidence: StageEvidence;
  quotes: Quote[];
  painPoints: SuggestedPainPoint[];
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;

function stageFinding(
  stage: Stage,
  rows: PlacedRow[],
  context: StageFindingsContext,
  stageWords: string[],
): StageFinding {
  const { metrics, quoteOf } = context;
  const limit = Math.max(0, Math.min(10, context.quotesPerStage ?? 3));
  const group = rows.filter((r) => r.stageId === stage.id);
  const commented = group.filter((r) => r.comment !== undefined);
  const measured = feelingSignals(context.ratingColumns, group, stage.id, rows);
  const found = findThemes(
    commented.map((r) => ({ text: r.comment!, sentiment: r.sentiment ?? 0 })),
    {
      language: sentimentLanguage(context.locale),
      stageWords,
      limit: THEMES_WEIGHED,
      minCount: Math.max(2, Math.ceil(commented.length * 0.02)),
    },
  );
  const themes: Theme[] = found.slice(0, THEMES_KEPT).map(({ comments: _, ...theme }) => theme);
  const members = found.map((t) => new Set(t.comments));
  const tagsOf = (row: number) => found.filter((_, i) => members[i]!.has(row)).map((t) => t.term);
  const picked = pickQuotes(
    commented.map((r, row) => ({ text: r.comment!, sentiment: r.sentiment ?? 0, row })),
    limit,
  );
  const quoteOfRow = new Map<number, Quote>();
  const quoteFor = (row: number) => {
    const quote = quoteOfRow.get(row) ?? quoteOf(commented[row]!, stage.id, tagsOf(row));
    quoteOfRow.set(row, quote);
    return quote;
  };
  for (const c of picked) quoteOfRow.set(c.row, quoteOf(commented[c.row]!, stage.id, tagsOf(c.row)));
  const rating = RATING_KINDS.map((kind) =>
    metrics.find((m) => m.stageId === stage.id && m.touchpointId === undefined && m.kind === kind),
  ).find((m) => m !== undefined);
  const ratingFeeling = measuredFeeling(measured.signals.filter((s) => s.kind !== "sentiment"))?.value;
  const painPoints = stagePainPoints({
    stageId: stage.id,
    found,
    themes,
    commented,
    quoteLimit: limit,
    ...(rating ? { rating } : {}),
    ...(ratingFeeling !== undefined ? { ratingFeeling } : {}),
    quoteFor,
  });
  const sentiment = mean(commented.map((r) => r.sentiment ?? 0));
  const feeling = measured.n >= MIN_ANSWERS ? measuredFeeling(measured.signals) : undefined;
  const evidence: StageEvidence = {
    stageId: stage.id,
    rows: group.length,
    comments: commented.length,
    ...(sentiment !== undefined ? { meanSentiment: round3(sentiment) } : {}),
    ...(feeling ? { measuredScore: feeling.score, measured: feeling } : {}),
    themes,
    // The stage's own quotes; a pain point's further quotes go onto the map only with the pain point.
    quoteIds: picked.map((c) => quoteOfRow.get(c.row)!.id),
  };
  return { evidence, quotes: [...quoteOfRow.values()], painPoints };
}

/**
 * Per stage: the top themes of its comments, a few redacted quotes, the measured feeling, and pain
 * points from its negative themes (each with quotes of its own). The quotes of every stage, in order.
 */
export function stageFindings(
  rows: PlacedRow[],
  context: StageFindingsContext,
): { stages: StageEvidence[]; quotes: Quote[]; painPoints: SuggestedPainPoint[] } {
  const { map } = context;
  // Every stage's and touchpoint's name: their words are no theme (a theme made only of them is left out).
  const stageWords = [...map.stages.map((s) => s.name), ...map.touchpoints.map((t) => t.name)];
  const findings = map.stages.map((stage) => stageFinding(stage, rows, context, stageWords));
  return {
    stages: findings.map((f) => f.evidence),
    quotes: findings.flatMap((f) => f.quotes),
    painPoints: findings.flatMap((f) => f.painPoints),
  };
}

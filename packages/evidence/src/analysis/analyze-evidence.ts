import {
  createId,
  type JourneyMap,
  type Metric,
  type MetricKind,
  type Quote,
  type Source,
  type SourceKind,
} from "@journeykit/core";
import { type ColumnMapping, DEFAULT_SCALES, isRatingRole } from "../columns/column-mapping.js";
import { primaryLanguage } from "../language/primary-language.js";
import type { MentionRule } from "../mentions/mention-rules.js";
import { savedMapping, savedRules } from "../mentions/saved-placement.js";
import { detectLanguage } from "../sentiment/detect-language.js";
import { sentimentLanguage } from "../sentiment/score-sentiment.js";
import {
  cesEstimate,
  csatEstimate,
  type MetricEstimate,
  meanEstimate,
  npsEstimate,
} from "../stats/survey-metrics.js";
import type { EvidenceTable } from "../table/evidence-table.js";
import { findThemes, type Theme } from "../themes/top-themes.js";
import { findDrivers } from "./drivers.js";
import { type FeelingSignal, measuredFeeling } from "./emotion-from-evidence.js";
import type {
  EvidenceAnalysis,
  MeasuredPoint,
  StageEvidence,
  SuggestedPainPoint,
} from "./evidence-analysis.js";
import { painPointSeverity, painPointText, ratingText } from "./pain-point-finding.js";
import type { Period } from "./period.js";
import { pickQuotes, readableQuote } from "./pick-quotes.js";
import { type PlacedRow, placeRows, type RatingColumn, rowComment, SCALE_OF_ROLE } from "./place-rows.js";
import { screenResponses } from "./screen-responses.js";

/** Options of `analyzeEvidence`. */
export interface AnalyzeOptions {
  /** Keyword rules placing rows on stages when there is no stage column (default: from the map's names). */
  rules?: MentionRule[];
  /** The source's name (default: "Survey import"); the CLI passes the file name. */
  sourceName?: string;
  /** The source's kind (default: "reviews" for a review export, else "survey"). */
  sourceKind?: SourceKind;
  /** Whose measured curve it is when no segment column names a persona (default: the first persona). */
  personaId?: string;
  /** Series points per calendar month (default) or ISO week. */
  period?: Period;
  /** Quotes kept per stage (default 3; at most 10). */
  quotesPerStage?: number;
  /** Language of the comments for sentiment and themes (default: the map's `locale`). */
  locale?: string;
  /** The import's time (default: now). */
  now?: Date;
  /**
   * A host's own sentiment model instead of journeykit's rules: `(texts, language) => Promise<number[]>`
   * (−1..1 per text). With it, `analyzeEvidence` returns a promise.
   */
  sentiment?: HostSentimentScorer;
}

/** Fewest answers for a stage or touchpoint metric, a measured emotion or a theme-based pain point. */
export const MIN_ANSWERS = 5;

const KIND: Record<"nps" | "csat" | "ces" | "stars", MetricKind> = {
  nps: "NPS",
  csat: "CSAT",
  ces: "CES",
  stars: "custom",
};

function estimate(column: RatingColumn, values: number[]): MetricEstimate {
  const scale = column.scale ?? DEFAULT_SCALES[column.role];
  if (column.role === "nps") return npsEstimate(values);
  if (column.role === "csat") return csatEstimate(values, scale);
  if (column.role === "ces") return cesEstimate(values, scale);
  return meanEstimate(values);
}

const FEELING_KIND = { nps: "NPS", csat: "CSAT", ces: "CES" } as const;

/** Themes kept per stage in the analysis, themes weighed for pain points, pain points proposed per stage. */
const THEMES_KEPT = 5;
const THEMES_WEIGHED = 10;
const PAIN_POINTS_PER_STAGE = 4;
/** Quotes linked to each suggested pain point. */
const QUOTES_PER_PAIN_POINT = 2;
/** A stage's rating cited in a pain point: the first of these it has. */
const RATING_KINDS: readonly MetricKind[] = ["NPS", "CSAT", "CES", "custom"];

/** An estimate as a figure of a measured feeling. */
const figure = (e: MetricEstimate) => ({
  value: e.value,
  n: e.sampleSize,
  ...(e.marginOfError !== undefined ? { margin: e.marginOfError } : {}),
});

const mean = (values: readonly number[]) =>
  values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Preview an import: place each row on a stage (stage / touchpoint column, else the mention rules),
 * then compute per stage and touchpoint (and overall) NPS, CSAT, CES, star means and comment sentiment,
 * each with n, a 95% margin (formulas in `npsEstimate`, `csatEstimate`, `meanEstimate`) and a series by
 * month or week when rows carry dates; the top themes of each stage's comments; a few redacted quotes
 * per stage; the measured emotion per persona and stage; pain points from negative themes; moments of
 * truth from a driver analysis. Pure: the map is only read. Rows never leave this function: the result
 * holds aggregates and chosen quotes only.
 *
 * @example
 * const analysis = analyzeEvidence(map, table, detectColumns(table, map));
 * analysis.metrics.filter((m) => m.kind === "NPS"); // per stage, with sampleSize and marginOfError
 */
export function analyzeEvidence(
  map: JourneyMap,
  table: EvidenceTable,
  mapping: ColumnMapping,
  options?: AnalyzeOptions & { sentiment?: undefined },
): EvidenceAnalysis;
/**
 * With a host's own sentiment scorer (`options.sentiment`): every comment, redacted, grouped by its
 * detected language, is sent to the scorer (`(texts, language) => Promise<number[]>`, one score −1..1
 * per text, in order), and the analysis uses those scores; the result is a promise. A scorer that
 * answers the wrong number of scores, or anything but numbers, is refused with an error saying so.
 *
 * @example
 * const analysis = await analyzeEvidence(map, table, mapping, {
 *   sentiment: async (texts, language) => (await fetch("/my-model", { method: "POST", body: JSON.stringify({ texts, language }) })).json(),
 * });
 */
export function analyzeEvidence(
  map: JourneyMap,
  table: EvidenceTable,
  mapping: ColumnMapping,
  options: AnalyzeOptions & { sentiment: HostSentimentScorer },
): Promise<EvidenceAnalysis>;
export function analyzeEvidence(
  map: JourneyMap,
  table: EvidenceTable,
  mapping: ColumnMapping,
  options: AnalyzeOptions = {},
): EvidenceAnalysis | Promise<EvidenceAnalysis> {
  const host = options.sentiment;
  if (!host) return analyze(map, table, mapping, options);
  return scoreWithHost(host, map, table, mapping, options).then((scores) =>
    analyze(map, table, mapping, options, (comment) => scores.get(comment) ?? 0),
  );
}

/** A host's own sentiment model: one score −1..1 per text, in order, for texts in `language`. */
export type HostSentimentScorer = (texts: string[], language: string) => Promise<number[]>;

/** Every comment of the table as the analysis reads it, scored by the host, by language. */
async function scoreWithHost(
  host: HostSentimentScorer,
  map: JourneyMap,
  table: EvidenceTable,
  mapping: ColumnMapping,
  options: AnalyzeOptions,
): Promise<Map<string, number>> {
  // The comments exactly as the analysis will read them (the same screening and joining), each once.
  const commentColumns = mapping.columns.filter(
    (c) => c.role === "comment" && c.index >= 0 && c.index < table.headers.length,
  );
  const comments = new Set<string>();
  for (const cells of screenResponses(table).table.rows) {
    const comment = rowComment(cells, commentColumns);
    if (comment !== undefined) comments.add(comment);
  }
  const fallback = primaryLanguage(options.locale ?? map.locale);
  const byLanguage = new Map<string, string[]>();
  for (const comment of comments) {
    const language = detectLanguage(comment, fallback);
    const texts = byLanguage.get(language);
    if (texts) texts.push(comment);
    else byLanguage.set(language, [comment]);
  }
  const scores = new Map<string, number>();
  for (const [language, texts] of byLanguage) {
    const answer: unknown = await host(texts, language);
    if (!Array.isArray(answer) || answer.length !== texts.length)
      throw new Error(
        `the sentiment scorer answered ${Array.isArray(answer) ? `${answer.length} scores` : typeof answer} for ${texts.length} ${language} texts: expected one number per text`,
      );
    answer.forEach((score, i) => {
      if (typeof score !== "number" || !Number.isFinite(score))
        throw new Error(
          `the sentiment scorer's score ${i} for ${language} texts is ${String(score)}: expected a number from -1 to 1`,
        );
      scores.set(texts[i]!, Math.max(-1, Math.min(1, score)));
    });
  }
  return scores;
}

function analyze(
  map: JourneyMap,
  table: EvidenceTable,
  mapping: ColumnMapping,
  options: AnalyzeOptions,
  scoreComment?: (comment: string) => number,
): EvidenceAnalysis {
  const now = options.now ?? new Date();
  const locale = options.locale ?? map.locale;
  const warnings: string[] = [];
  // Unfinished responses and repeated submissions are left out, with a warning (rule in screenResponses).
  const screened = screenResponses(table);
  warnings.push(...screened.warnings);
  // Copies: the caller's mapping is never changed.
  const columns = mapping.columns
    .filter((c) => c.index >= 0 && c.index < table.headers.length)
    .map((c) => ({ ...c }));
  const ratingColumns = columns.filter((c): c is RatingColumn => isRatingRole(c.role));
  const commentColumns = columns.filter((c) => c.role === "comment");
  if (ratingColumns.length === 0 && commentColumns.length === 0)
    warnings.push("no rating or comment column in the mapping: nothing to add");
  for (const c of ratingColumns) {
    if (c.stageId !== undefined && !map.stages.some((s) => s.id === c.stageId)) {
      warnings.push(`column "${table.headers[c.index]}": no stage with id "${c.stageId}"; read as overall`);
      delete c.stageId;
      delete c.touchpointId;
    }
  }

  const { rows, unassigned, placement } = placeRows(map, screened.table, columns, {
    ...(options.rules ? { rules: options.rules } : {}),
    ...(locale ? { locale } : {}),
    period: options.period ?? "month",
    warnings,
    ...(scoreComment ? { scoreComment } : {}),
  });

  const dates = rows
    .map((r) => r.date)
    .filter((d): d is string => d !== undefined)
    .sort();
  const source = {
    id: createId("src"),
    kind: options.sourceKind ?? (table.shape === "reviews" ? "reviews" : "survey"),
    name: (options.sourceName ?? "Survey import").slice(0, 500),
    importedAt: now.toISOString(),
    rowCount: table.rows.length,
    ...(dates.length > 0 ? { period: { from: dates[0]!, to: dates.at(-1)! } } : {}),
    // How the rows were read, saved with the source for the next import of the same kind of file.
    mapping: savedMapping(columns, table.headers),
    ...(placement.rules.length > 0 ? { rules: savedRules(placement.rules) } : {}),
  } satisfies Source;
  const importDate = dates.at(-1) ?? now.toISOString().slice(0, 10);

  // --- metrics ---
  const metrics: Metric[] = [];
  const places: { stageId?: string; touchpointId?: string; rows: PlacedRow[] }[] = [{ rows }];
  for (const stage of map.stages)
    places.push({ stageId: stage.id, rows: rows.filter((r) => r.stageId === stage.id) });
  for (const tp of map.touchpoints)
    places.push({
      stageId: tp.stageId,
      touchpointId: tp.id,
      rows: rows.filter((r) => r.touchpointId === tp.id),
    });
  const seriesOf = (group: PlacedRow[], value: (rows: PlacedRow[]) => MetricEstimate | undefined) => {
    if (!group.some((r) => r.period)) {
      const e = value(group);
      return e ? [{ date: importDate, value: e.value, sampleSize: e.sampleSize }] : [];
    }
    const byPeriod = new Map<string, PlacedRow[]>();
    for (const r of group) {
      if (!r.period) continue;
      const rows = byPeriod.get(r.period);
      if (rows) rows.push(r);
      else byPeriod.set(r.period, [r]);
    }
    return [...byPeriod.keys()].sort().flatMap((date) => {
      const e = value(byPeriod.get(date)!);
      return e && e.sampleSize > 0 ? [{ date, value: e.value, sampleSize: e.sampleSize }] : [];
    });
  };
  const addMetric = (
    kind: MetricKind,
    where: { stageId?: string; touchpointId?: string },
    group: PlacedRow[],
    value: (rows: PlacedRow[]) => MetricEstimate | undefined,
    label?: string,
  ) => {
    const e = value(group);
    if (!e || e.sampleSize === 0) return;
    if (where.stageId !== undefined && e.sampleSize < MIN_ANSWERS) return;
    metrics.push({
      id: createId("metric"),
      kind,
      ...(label ? { label } : {}),
      ...where,
      value: kind === "sentiment" ? round3(e.value) : e.value,
      sampleSize: e.sampleSize,
      ...(e.marginOfError !== undefined ? { marginOfError: e.marginOfError } : {}),
      source: source.name,
      sourceId: source.id,
      series: seriesOf(group, value),
    });
  };
  ratingColumns.forEach((column, i) => {
    const values = (group: PlacedRow[]) =>
      group.map((r) => r.ratings[i]).filter((v): v is number => v !== undefined);
    const metricOf = (group: PlacedRow[]) => estimate(column, values(group));
    const label =
      column.role === "stars"
        ? `Average rating (${(column.scale ?? DEFAULT_SCALES.stars).min}-${(column.scale ?? DEFAULT_SCALES.stars).max})`
        : undefined;
    if (column.stageId !== undefined) {
      const where = {
        stageId: column.stageId,
        ...(column.touchpointId ? { touchpointId: column.touchpointId } : {}),
      };
      addMetric(KIND[column.role], where, rows, metricOf, label);
      return;
    }
    for (const place of places) {
      const where = {
        ...(place.stageId ? { stageId: place.stageId } : {}),
        ...(place.touchpointId ? { touchpointId: place.touchpointId } : {}),
      };
      addMetric(KIND[column.role], where, place.rows, metricOf, label);
    }
  });
  if (commentColumns.length > 0) {
    const sentimentOf = (group: PlacedRow[]) => {
      const values = group.map((r) => r.sentiment).filter((v): v is number => v !== undefined);
      return values.length ? meanEstimate(values) : undefined;
    };
    for (const place of places.filter((p) => p.touchpointId === undefined))
      addMetric("sentiment", place.stageId ? { stageId: place.stageId } : {}, place.rows, sentimentOf);
  }

  // --- stages: themes, quotes, pain points ---
  const language = sentimentLanguage(locale);
  const quotes: Quote[] = [];
  const painPoints: SuggestedPainPoint[] = [];
  const limit = Math.max(0, Math.min(10, options.quotesPerStage ?? 3));
  const scoreColumn = ratingColumns.findIndex((c) => c.stageId === undefined);
  const quoteOf = (r: PlacedRow, stageId: string, tags: string[]): Quote => {
    const column = ratingColumns[scoreColumn];
    const answer = column ? r.ratings[scoreColumn] : undefined;
    // A help desk's Good/Bad (1-2) shown on the role's usual scale: good 5, bad 1, never "CSAT 2".
    const two = column?.scale && column.scale.max - column.scale.min === 1 ? column.scale : undefined;
    const usual = column ? DEFAULT_SCALES[column.role] : undefined;
    const score =
      two && usual && answer !== undefined ? (answer === two.max ? usual.max : usual.min) : answer;
    const text = r.comment!.length > 1000 ? `${r.comment!.slice(0, 999)}…` : r.comment!;
    return {
      id: createId("quote"),
      text,
      stageId,
      ...(r.touchpointId ? { touchpointId: r.touchpointId } : {}),
      ...(r.personaId ? { personaId: r.personaId } : {}),
      sourceId: source.id,
      sentiment: round3(r.sentiment ?? 0),
      ...(column && score !== undefined ? { score, scale: SCALE_OF_ROLE[column.role] } : {}),
      ...(r.date ? { date: r.date } : {}),
      ...(tags.length ? { tags } : {}),
    };
  };
  // Every stage's and touchpoint's name: their words are no theme (a theme made only of them is left out).
  const stageWords = [...map.stages.map((s) => s.name), ...map.touchpoints.map((t) => t.name)];
  const stages: StageEvidence[] = map.stages.map((stage) => {
    const group = rows.filter((r) => r.stageId === stage.id);
    const commented = group.filter((r) => r.comment !== undefined);
    const measured = signalsOf(group, stage.id, rows);
    const found = findThemes(
      commented.map((r) => ({ text: r.comment!, sentiment: r.sentiment ?? 0 })),
      {
        language,
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
    for (const c of picked) quoteOfRow.set(c.row, quoteOf(commented[c.row]!, stage.id, tagsOf(c.row)));
    // The stage's rating, cited beside each finding, and where it sits on the emotion scale.
    const rating = RATING_KINDS.map((kind) =>
      metrics.find((m) => m.stageId === stage.id && m.touchpointId === undefined && m.kind === kind),
    ).find((m) => m !== undefined);
    const ratingFeeling = measuredFeeling(measured.signals.filter((s) => s.kind !== "sentiment"))?.value;
    let proposed = 0;
    for (const theme of found) {
      if (proposed >= PAIN_POINTS_PER_STAGE) break;
      if (theme.meanSentiment > -0.1 || theme.count < Math.max(3, MIN_ANSWERS * 0.6)) continue;
      proposed++;
      // Two quotes: the most negative readable comments that mention it, quoted once per stage.
      const examples: { row: number; text: string }[] = [];
      if (limit > 0) {
        const byTelling = theme.comments
          .map((row) => ({ row, text: commented[row]!.comment!, sentiment: commented[row]!.sentiment ?? 0 }))
          .sort(
            (a, b) =>
              Number(readableQuote(b.text)) - Number(readableQuote(a.text)) || a.sentiment - b.sentiment,
          );
        for (const c of byTelling) {
          if (examples.length >= QUOTES_PER_PAIN_POINT) break;
          if (!examples.some((e) => e.text === c.text)) examples.push(c);
        }
      }
      const linked = examples.map((c) => {
        let quote = quoteOfRow.get(c.row);
        if (!quote) {
          quote = quoteOf(commented[c.row]!, stage.id, tagsOf(c.row));
          quoteOfRow.set(c.row, quote);
        }
        return quote;
      });
      const evidence = {
        term: theme.term,
        count: theme.count,
        comments: commented.length,
        meanSentiment: theme.meanSentiment,
        ...(rating ? { rating } : {}),
        ...(ratingFeeling !== undefined ? { ratingFeeling } : {}),
      };
      const { severity, ...basis } = painPointSeverity(evidence);
      painPoints.push({
        stageId: stage.id,
        text: painPointText(evidence),
        severity,
        basis: { ...basis, ...(rating ? { rating: ratingText(rating) } : {}) },
        theme: themes.find((t) => t.term === theme.term) ?? (({ comments: _, ...t }) => t)(theme),
        quoteIds: linked.map((q) => q.id),
      });
    }
    quotes.push(...quoteOfRow.values());
    const sentiment = mean(commented.map((r) => r.sentiment ?? 0));
    const feeling = measured.n >= MIN_ANSWERS ? measuredFeeling(measured.signals) : undefined;
    return {
      stageId: stage.id,
      rows: group.length,
      comments: commented.length,
      ...(sentiment !== undefined ? { meanSentiment: round3(sentiment) } : {}),
      ...(feeling ? { measuredScore: feeling.score, measured: feeling } : {}),
      themes,
      // The stage's own quotes; a pain point's further quotes go onto the map only with the pain point.
      quoteIds: picked.map((c) => quoteOfRow.get(c.row)!.id),
    };
  });

  /**
   * The figures a stage's feeling is measured from (see `measuredFeeling`): the comments and overall
   * ratings of the rows placed there (`group`), and the answers of every row (`everyone`) to ratings
   * about that stage alone, each with its margin; `n` is the larger count of rows behind them.
   */
  function signalsOf(
    group: PlacedRow[],
    stageId: string,
    everyone: PlacedRow[],
  ): { signals: FeelingSignal[]; n: number } {
    const signals: FeelingSignal[] = [];
    let n = group.length;
    const sentiments = group.map((r) => r.sentiment).filter((v): v is number => v !== undefined);
    if (sentiments.length > 0) signals.push({ kind: "sentiment", ...figure(meanEstimate(sentiments)) });
    ratingColumns.forEach((column, i) => {
      if (column.stageId !== undefined && column.stageId !== stageId) return;
      const from = column.stageId === stageId ? everyone : group;
      const values = from.map((r) => r.ratings[i]).filter((v): v is number => v !== undefined);
      if (values.length === 0) return;
      if (column.stageId === stageId) n = Math.max(n, values.length);
      const e = figure(estimate(column, values));
      if (column.role === "stars") {
        // On 1..5 whatever the column's scale, so 3 is the middle.
        const scale = column.scale ?? DEFAULT_SCALES.stars;
        const stretch = 4 / (scale.max - scale.min || 1);
        signals.push({
          kind: "stars",
          value: 1 + (e.value - scale.min) * stretch,
          n: e.n,
          ...(e.margin !== undefined ? { margin: e.margin * stretch } : {}),
        });
      } else signals.push({ kind: FEELING_KIND[column.role], ...e });
    });
    return { signals, n };
  }

  // --- measured emotion per persona ---
  const emotions: MeasuredPoint[] = [];
  const withPersona = rows.some((r) => r.personaId !== undefined);
  const personaIds = withPersona
    ? [...new Set(rows.map((r) => r.personaId).filter((p): p is string => p !== undefined))]
    : [options.personaId ?? map.personas[0]?.id].filter((p): p is string => p !== undefined);
  if (options.personaId !== undefined && !map.personas.some((p) => p.id === options.personaId))
    warnings.push(`no persona with id "${options.personaId}": no measured curve`);
  for (const personaId of personaIds) {
    if (!map.personas.some((p) => p.id === personaId)) continue;
    for (const stage of map.stages) {
      const everyone = withPersona ? rows.filter((r) => r.personaId === personaId) : rows;
      const group = everyone.filter((r) => r.stageId === stage.id);
      const { signals, n } = signalsOf(group, stage.id, everyone);
      if (n < MIN_ANSWERS) continue;
      const feeling = measuredFeeling(signals);
      if (feeling) emotions.push({ personaId, stageId: stage.id, ...feeling, n });
    }
  }

  const { drivers, moments } = findDrivers(map, screened.table, ratingColumns, rows);
  return {
    source,
    metrics,
    quotes,
    emotions,
    stages,
    painPoints,
    moments,
    drivers,
    rows: { total: table.rows.length, used: rows.length, unassigned },
    placement,
    warnings,
  };
}

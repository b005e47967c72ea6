import type { JourneyMap } from "@journeykit/core";
import type { ColumnMapping } from "../columns/column-mapping.js";
import type { EvidenceTable } from "../table/evidence-table.js";
import type { AnalyzeOptions, HostSentimentScorer } from "./analyze-options.js";
import { findDrivers } from "./drivers.js";
import type { EvidenceAnalysis } from "./evidence-analysis.js";
import { evidenceMetrics } from "./evidence-metrics.js";
import { evidenceQuotes } from "./evidence-quote.js";
import { importSource } from "./import-source.js";
import { measuredEmotions } from "./measured-emotions.js";
import { placeRows } from "./place-rows.js";
import { scoreWithHost } from "./score-with-host.js";
import { screenResponses } from "./screen-responses.js";
import { stageFindings } from "./stage-findings.js";
import { usableColumns } from "./usable-columns.js";

export type { AnalyzeOptions, HostSentimentScorer } from "./analyze-options.js";
export { MIN_ANSWERS } from "./min-answers.js";

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

/** The analysis, phase by phase; `scoreComment` is a host's sentiment score of a comment. */
function analyze(
  map: JourneyMap,
  table: EvidenceTable,
  mapping: ColumnMapping,
  options: AnalyzeOptions,
  scoreComment?: (comment: string) => number,
): EvidenceAnalysis {
  const now = options.now ?? new Date();
  const locale = options.locale ?? map.locale;
  // Unfinished responses and repeated submissions are left out, with a warning (rule in screenResponses).
  const screened = screenResponses(table);
  const warnings = [...screened.warnings];
  const columns = usableColumns(map, table, mapping, warnings);
  const placed = placeRows(map, screened.table, columns.all, {
    ...(options.rules ? { rules: options.rules } : {}),
    ...(locale ? { locale } : {}),
    period: options.period ?? "month",
    warnings,
    ...(scoreComment ? { scoreComment } : {}),
  });
  const { rows, unassigned, placement } = placed;
  const { source, importDate } = importSource(table, columns.all, placed, options, now);
  const metrics = evidenceMetrics(map, rows, columns, source, importDate);
  const { stages, quotes, painPoints } = stageFindings(rows, {
    map,
    metrics,
    ratingColumns: columns.ratings,
    quoteOf: evidenceQuotes(columns.ratings, source.id),
    locale,
    quotesPerStage: options.quotesPerStage,
  });
  const emotions = measuredEmotions(map, rows, columns.ratings, options.personaId, warnings);
  const { drivers, moments } = findDrivers(map, screened.table, columns.ratings, rows);
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

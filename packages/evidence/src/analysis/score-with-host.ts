import type { JourneyMap } from "@journeykit/core";
import type { ColumnMapping } from "../columns/column-mapping.js";
import { primaryLanguage } from "../language/primary-language.js";
import { detectLanguage } from "../sentiment/detect-language.js";
import type { EvidenceTable } from "../table/evidence-table.js";
import type { AnalyzeOptions, HostSentimentScorer } from "./analyze-options.js";
import { rowComment } from "./place-rows.js";
import { screenResponses } from "./screen-responses.js";

/** The comments exactly as the analysis will read them (the same screening and joining), each once. */
function commentsOf(table: EvidenceTable, mapping: ColumnMapping): Set<string> {
  const commentColumns = mapping.columns.filter(
    (c) => c.role === "comment" && c.index >= 0 && c.index < table.headers.length,
  );
  const comments = new Set<string>();
  for (const cells of screenResponses(table).table.rows) {
    const comment = rowComment(cells, commentColumns);
    if (comment !== undefined) comments.add(comment);
  }
  return comments;
}

/** The comments grouped by their detected language (`fallback` when it cannot be told). */
function byLanguage(comments: Iterable<string>, fallback: string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const comment of comments) {
    const language = detectLanguage(comment, fallback);
    const texts = groups.get(language);
    if (texts) texts.push(comment);
    else groups.set(language, [comment]);
  }
  return groups;
}

/** The host's answer for `texts`, checked: one finite number per text, clamped to −1..1. */
function checkedScores(answer: unknown, texts: string[], language: string): number[] {
  if (!Array.isArray(answer) || answer.length !== texts.length)
    throw new Error(
      `the sentiment scorer answered ${Array.isArray(answer) ? `${answer.length} scores` : typeof answer} for ${texts.length} ${language} texts: expected one number per text`,
    );
  return answer.map((score, i) => {
    if (typeof score !== "number" || !Number.isFinite(score))
      throw new Error(
        `the sentiment scorer's score ${i} for ${language} texts is ${String(score)}: expected a number from -1 to 1`,
      );
    return Math.max(-1, Math.min(1, score));
  });
}

/** Every comment of the table as the analysis reads it, scored by the host, by language. */
export async function scoreWithHost(
  host: HostSentimentScorer,
  map: JourneyMap,
  table: EvidenceTable,
  mapping: ColumnMapping,
  options: AnalyzeOptions,
): Promise<Map<string, number>> {
  const fallback = primaryLanguage(options.locale ?? map.locale);
  const scores = new Map<string, number>();
  for (const [language, texts] of byLanguage(commentsOf(table, mapping), fallback)) {
    const answer: unknown = await host(texts, language);
    checkedScores(answer, texts, language).forEach((score, i) => {
      scores.set(texts[i]!, score);
    });
  }
  return scores;
}

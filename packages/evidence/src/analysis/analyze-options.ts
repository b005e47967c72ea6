import type { SourceKind } from "@journeykit/core";
import type { MentionRule } from "../mentions/mention-rules.js";
import type { Period } from "./period.js";

/** A host's own sentiment model: one score −1..1 per text, in order, for texts in `language`. */
export type HostSentimentScorer = (texts: string[], language: string) => Promise<number[]>;

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

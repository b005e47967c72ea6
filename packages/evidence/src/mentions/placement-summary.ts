import type { MentionRule } from "./mention-rules.js";
import type { LearnedWord } from "./rule-placer.js";
import type { PlacementLanguage } from "./stem-words.js";

/** How the rows of one stage got there, so a person can judge how sure the stage's figures are. */
export interface StagePlacement {
  stageId: string;
  /** Rows a stage or touchpoint column placed (or a rating column about the stage): sure. */
  byColumn: number;
  /** Rows a rule keyword or its synonym placed: as sure as the rules. */
  byRule: number;
  /** Rows placed by a word learned from the column-placed rows: a good guess. */
  byLearned: number;
  /** Rows that matched this stage and another equally: on neither stage. */
  several: number;
}

/**
 * How the rows were placed on the journey: per stage, rows by column, by rule and by learned word;
 * rows matching several stages equally (counted on none, in the overall figures only) and rows on no
 * stage; the rules used (what `applyEvidence` saves with the source), the words left out as not telling
 * stages apart, and the words learned per stage.
 */
export interface PlacementSummary {
  stages: StagePlacement[];
  /** Rows whose comment matched two or more stages equally: on no stage, never counted twice. */
  several: number;
  /** Rows on no stage for lack of a column value, a rule or a learned word (`several` not included). */
  unplaced: number;
  /** The rules used to place rows (the given ones or the defaults); empty when a column placed every row. */
  rules: MentionRule[];
  /** Rule words left out because they tell no stage apart (in most stages' rules or most comments). */
  ignoredWords: string[];
  /** Words learned per stage id from the column-placed rows. */
  learned: Record<string, LearnedWord[]>;
  /** The stemmer and synonyms used. */
  language: PlacementLanguage;
}

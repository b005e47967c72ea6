import type { Metric, Quote, Source } from "@journeykit/core";
import type { PlacementSummary } from "../mentions/placement-summary.js";
import type { Theme } from "../themes/top-themes.js";
import type { MeasuredFeeling } from "./emotion-from-evidence.js";

/** What the data says about one stage: counts, mean sentiment, themes and the quotes chosen. */
export interface StageEvidence {
  stageId: string;
  /** Rows placed on the stage. */
  rows: number;
  /** Rows with a comment. */
  comments: number;
  /** Mean comment sentiment, -1..1 (absent without comments). */
  meanSentiment?: number;
  /** The measured emotion of the stage over all its rows, -3..3 (the rounding of `measured.value`). */
  measuredScore?: number;
  /** What customers feel at the stage over all its rows, with its interval and figures (see `measuredFeeling`). */
  measured?: MeasuredFeeling;
  /** The most frequent terms and phrases of its comments. */
  themes: Theme[];
  /**
   * Ids of the quotes chosen for it (in `EvidenceAnalysis.quotes`). The quotes only a suggested pain
   * point cites are listed by that pain point, and applied only with it.
   */
  quoteIds: string[];
}

/**
 * A pain point the import proposes from a negative theme of a stage, linked to two of its quotes.
 * `applyEvidence` adds every one it is given: a host lets a person choose which (the workshop's
 * checklist; `journeykit evidence --pain-points`) and applies the analysis with only those.
 */
export interface SuggestedPainPoint {
  stageId: string;
  /** The finding: "Waiting room: 28 of 51 comments, NPS −39" (see `painPointText`). */
  text: string;
  /** From the evidence (see `painPointSeverity`), with the parts it adds up in `basis`. */
  severity: 1 | 2 | 3 | 4 | 5;
  basis: {
    /** Share of the stage's comments that mention the theme. */
    share: number;
    spread: number;
    negativity: number;
    rated: number;
    /** The stage's rating cited ("NPS −39"), when it has one. */
    rating?: string;
  };
  theme: Theme;
  quoteIds: string[];
}

/** How much a stage's rating moves the overall NPS, and how well the stage performs. */
export interface Driver {
  stageId: string;
  /** The rating column read for the stage. */
  header: string;
  /** Pearson correlation of the stage rating with the overall NPS answer over rows with both. */
  correlation: number;
  /** Rows with both answers. */
  n: number;
  /** Mean stage rating on its scale, and as a share of the scale (0 worst, 1 best). */
  mean: number;
  performance: number;
}

/** A moment of truth `applyEvidence` would add: a stage that matters much and performs poorly. */
export interface SuggestedMoment {
  stageId: string;
  title: string;
  description: string;
  importance: 4 | 5;
  driver: Driver;
}

/**
 * A measured emotion point `applyEvidence` would set (evidence "measured"): the integer `score` the
 * curve draws, and the feeling it rounds, with its interval and the figures it came from.
 */
export interface MeasuredPoint extends MeasuredFeeling {
  personaId: string;
  stageId: string;
  /** Rows behind it. */
  n: number;
}

/**
 * The preview of an import: everything `applyEvidence` would add to the map, computed from the table
 * and the mapping. Aggregates and a handful of redacted quotes only: the table's rows are not in it.
 */
export interface EvidenceAnalysis {
  /** The source record for this import. */
  source: Source;
  /** Metrics per stage / touchpoint (and overall), each with n, margin and a dated series. */
  metrics: Metric[];
  /** Chosen quotes, redacted, placed on stages. */
  quotes: Quote[];
  /** Measured emotion per persona and stage. */
  emotions: MeasuredPoint[];
  stages: StageEvidence[];
  painPoints: SuggestedPainPoint[];
  moments: SuggestedMoment[];
  drivers: Driver[];
  rows: {
    /** Rows in the table. */
    total: number;
    /** Rows with at least one usable answer. */
    used: number;
    /** Rows with answers on no stage: no column value, rule or learned word placed them, or several tied. */
    unassigned: number;
  };
  /** How the rows were placed: per stage by column, rule or learned word; ties; the rules used. */
  placement?: PlacementSummary;
  /** What a person should know before applying: unmatched stage names, answers off the scale, ... */
  warnings: string[];
}

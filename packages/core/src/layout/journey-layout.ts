import type { CoreMessages } from "../i18n/core-catalogue.js";
import type { MetricTrend } from "../labels/metric-trend.js";
import type { LaneKind } from "../records/lane.js";
import type { MetricKind } from "../records/metric.js";
import type { MomentKind, MomentOutcome } from "../records/moment-of-truth.js";
import type { Channel } from "../records/touchpoint.js";
import type { LayoutMemo } from "./layout-memo.js";

/** An axis-aligned box in layout pixels (scale 1, origin top-left). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A touchpoint chip in a stage header. */
export interface TouchpointChip extends Rect {
  id: string;
  name: string;
  /** The name wrapped to at most two lines (the second ends in "…" when cut); two lines make the chip taller. */
  lines: string[];
  channel: Channel;
}

/** A touchpoint in the touchpoints lane of its stage: a box with a channel icon and its name. */
export interface TouchpointBox extends Rect {
  id: string;
  stageId: string;
  laneId: string;
  name: string;
  /** The name on one line, shortened with "…" to fit the box (the full name is `name`). */
  label: string;
  /** The name wrapped to at most two lines (the second ends in "…" when cut); two lines make the box taller. */
  lines: string[];
  channel: Channel;
  /** The channel as a short tag (`channelLabel`), drawn at the box's right, `channelWidth` wide. */
  channelLabel: string;
  channelWidth: number;
}

/** A moment-of-truth marker: a circle in the stage header (size by importance, colour by outcome). */
export interface MomentMarker {
  id: string;
  stageId: string;
  cx: number;
  cy: number;
  radius: number;
  kind: MomentKind;
  importance: number;
  outcome: MomentOutcome | undefined;
  title: string;
}

/** Where a metric badge sits (see `metricPlaces`). */
export type MetricPlace = "stage" | "touchpoint" | "journey" | "lane";

/**
 * A metric's badge: a row of its stage header's list, a row under its touchpoint, a badge in the
 * whole-journey strip, or a row of the metrics lane. Its texts come from core's label functions.
 */
export interface MetricBadge extends Rect {
  id: string;
  /** The stage it is drawn in (a touchpoint's stage); undefined in the whole-journey strip. */
  stageId: string | undefined;
  touchpointId: string | undefined;
  place: MetricPlace;
  kind: MetricKind;
  /**
   * What is drawn: the longest form that fits, `metricFigure` ("NPS +32 ±6 · n=1,412"), else
   * `metricChip` ("NPS +32 ±6"), else the chip with its label shortened (never the numbers); named
   * after its touchpoint ("Card terminal · NPS +43") when it sits in a stage's list.
   */
  text: string;
  /** The trend since the previous series point, when the metric has one (`metricTrend`). */
  trend: MetricTrend | undefined;
  /** Whether the trend's short text fits beside `text`. */
  showTrend: boolean;
  /** Computed from data (`metricProvenance`): drawn with the measured mark. */
  measured: boolean;
  /** Everything about it, for a tooltip and screen readers (`metricDescription`). */
  fullText: string;
  /** Below target: drawn as a warning. */
  belowTarget: boolean;
}

/** A "+3 more" row where a list holds more metrics than its room: it opens the whole list. */
export interface MetricMore extends Rect {
  id: string;
  /** The stage whose header list it ends; undefined in the whole-journey strip. */
  stageId: string | undefined;
  place: "stage" | "journey";
  /** Every metric of the list, in order (the shown ones first). */
  metricIds: string[];
  /** How many are not shown as badges. */
  hidden: number;
  /** "+3 more". */
  text: string;
}

/** The strip above the stage headers holding the whole journey's metrics; its title in the lane-title column. */
export interface JourneyStrip extends Rect {
  title: string;
  /** Where the badges start (right of the title column). */
  contentX: number;
}

/** A stage column with its header. */
export interface StageColumn {
  id: string;
  index: number;
  name: string;
  /** The name wrapped to at most two lines (the second ends in "…" when cut). */
  nameLines: string[];
  x: number;
  width: number;
  header: Rect;
  /** Chips in the header; empty when the map has a touchpoints lane (see `JourneyLayout.touchpoints`). */
  touchpoints: TouchpointChip[];
  moments: MomentMarker[];
  /** The title beside the stage's only moment of truth, in at most two lines; undefined unless it has exactly one. */
  momentLabel: (Rect & { lines: string[] }) | undefined;
  /**
   * The button that lists the customer quotes placed at this stage (`stageQuotes`), at the right of the
   * moments row; `text` is `quoteCount` ("3 quotes"). Undefined when no quote is placed here.
   */
  quotes: (Rect & { count: number; text: string }) | undefined;
}

/** A lane row with its title cell on the left. */
export interface LaneRow {
  id: string;
  kind: LaneKind;
  title: string;
  y: number;
  height: number;
  header: Rect;
}

/** A sticky note with its wrapped text. */
export interface CardBox extends Rect {
  id: string;
  laneId: string;
  stageId: string;
  kind: LaneKind;
  lines: string[];
  /** Severity, impact/effort and votes are drawn in a badge row when present. */
  hasBadges: boolean;
}

/** One point of a persona's curve, at a stage's centre. */
export interface CurvePoint {
  stageId: string;
  x: number;
  y: number;
  score: number;
}

/** A persona's emotion curve; stages without a score are gaps (no point). */
export interface EmotionCurveLayout {
  personaId: string;
  name: string;
  color: string;
  points: CurvePoint[];
}

/** The emotions lane: its scale and the curves drawn in it. */
export interface EmotionLaneLayout {
  laneId: string;
  top: number;
  bottom: number;
  /** y of each level, from +3 (top) to -3 (bottom). */
  levels: { score: number; y: number }[];
  curves: EmotionCurveLayout[];
  /**
   * The measured curve of each visible persona that has measured points (evidence "measured", from
   * customer data), at the same x per stage as the assumed curve; empty when the map has none.
   */
  measured: MeasuredCurveLayout[];
}

/** A point of a measured curve: where it came from, when its note says so ("Measured from 140 responses (survey.csv)"). */
export interface MeasuredCurvePoint extends CurvePoint {
  /** The number of responses behind the score, when known. */
  n?: number;
  /** The source's name (the survey file), when known. */
  source?: string;
}

/** A persona's measured emotion curve, drawn dashed beside the curve the room drew. */
export interface MeasuredCurveLayout {
  personaId: string;
  name: string;
  color: string;
  points: MeasuredCurvePoint[];
}

/** A service-blueprint line drawn across the map between two lane groups. */
export interface BlueprintLine {
  kind: "interaction" | "visibility" | "internal";
  label: string;
  y: number;
  x1: number;
  x2: number;
}

/** The whole map's geometry: what the editor, `renderSvg` and `toPptx` all draw. */
export interface JourneyLayout {
  width: number;
  height: number;
  /** The title bar, when `title` is on. */
  title: (Rect & { text: string; subtitle: string }) | undefined;
  laneHeaderWidth: number;
  /** The row of stage headers (right of the lane titles). */
  headerRow: Rect;
  stages: StageColumn[];
  lanes: LaneRow[];
  cards: CardBox[];
  /** Touchpoint boxes in the touchpoints lane (empty without one: then they are header chips). */
  touchpoints: TouchpointBox[];
  emotion: EmotionLaneLayout | undefined;
  metrics: MetricBadge[];
  /** "+N more" rows of lists longer than their room. */
  metricMore: MetricMore[];
  /** The whole-journey metrics strip above the stage headers; undefined when the map has none. */
  journeyStrip: JourneyStrip | undefined;
  blueprintLines: BlueprintLine[];
  /** The options the layout was made with, after defaults. */
  options: Required<Omit<LayoutOptions, "measureText" | "hiddenPersonaIds" | "memo" | "locale" | "messages">>;
}

/** Width in px of `text` at a font size (and weight). Plug in canvas/DOM measuring in a browser. */
export type TextMeasurer = (text: string, font: { size: number; weight?: number }) => number;

/** Options of `layoutJourneyMap`. */
export interface LayoutOptions {
  measureText?: TextMeasurer;
  /** Draw a title bar with the map's title and state. Default true. */
  title?: boolean;
  cardWidth?: number;
  cardGap?: number;
  laneHeaderWidth?: number;
  emotionLaneHeight?: number;
  padding?: number;
  /** Font size of card text. */
  cardFontSize?: number;
  /** Curves not drawn (hidden in the legend). */
  hiddenPersonaIds?: readonly string[];
  /** Kept across the layouts of one document (`createLayoutMemo`): each re-measures only what changed. */
  memo?: LayoutMemo;
  /**
   * The locale the layout's own words ("Whole journey", "+3 more", "3 quotes", channel tags, blueprint
   * lines, the title's subtitle) and its metric labels are written in: the reader's, else the map's
   * `locale`. Numbers follow it; words are English unless `messages` gives the language's.
   */
  locale?: string | undefined;
  /** Core's words in that language (`@journeykit/core/locales/es`), or a host's own for some keys. */
  messages?: Partial<CoreMessages> | undefined;
}

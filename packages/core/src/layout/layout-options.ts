import type { LabelOptions } from "../labels/format-number.js";
import type { LayoutOptions, TextMeasurer } from "./journey-layout.js";
import { approximateTextWidth } from "./measure-text.js";

/** Option defaults of `layoutJourneyMap`. */
const DEFAULTS = {
  title: true,
  cardWidth: 188,
  cardGap: 10,
  laneHeaderWidth: 168,
  emotionLaneHeight: 200,
  padding: 32,
  cardFontSize: 13,
};

/** The layout's options after defaults, with the text measurer and hidden personas resolved. */
export interface ResolvedLayout {
  o: typeof DEFAULTS;
  measure: TextMeasurer;
  hidden: ReadonlySet<string>;
  cardFont: { size: number };
  lineHeight: number;
  /** How the layout's own words and labels are written: the reader's locale, else the map's. */
  labels: LabelOptions;
}

export const TITLE_HEIGHT = 72;
/** A stage name takes one line, or two when it does not fit (then an ellipsis). */
export const STAGE_NAME_HEIGHT = 40;
export const STAGE_NAME_LINE = 20;
export const STAGE_NAME_FONT = { size: 15, weight: 600 } as const;
/** Room for the stage's number badge before its name. */
export const STAGE_INDEX_WIDTH = 30;
export const CHIP_HEIGHT = 22;
export const CHIP_GAP = 6;
export const MOMENT_ROW = 30;
/** One metric's row: in a stage header's list, under a touchpoint, in the metrics lane. */
export const METRIC_LINE = 24;
/** A metric badge's height inside its row. */
export const METRIC_BADGE_HEIGHT = 20;
/** The most rows a stage header's metric list takes; a longer list ends in a "+N more" row. */
export const HEADER_METRIC_ROWS = 4;
/** The whole-journey strip above the stage headers (only when the map has such metrics). */
export const JOURNEY_STRIP_HEIGHT = 36;
export const CELL_PADDING = 12;
export const CARD_PADDING = 10;
export const BADGE_ROW = 20;
export const MIN_CARD_HEIGHT = 52;
export const MIN_LANE_HEIGHT = 76;
export const MIN_STAGE_WIDTH = 232;
/** A touchpoint box in the touchpoints lane. */
export const TOUCHPOINT_HEIGHT = 32;
const LINE_HEIGHT = 1.35;
/**
 * The most lines of text a card shows; longer text ends in "…". The canvas clamps its text at the
 * same count, so every output cuts a long card in the same place.
 */
export const CARD_MAX_LINES = 12;
/** A cell with more cards than this lays them out two abreast. */
export const SINGLE_COLUMN_MAX = 3;

/**
 * Options with defaults filled in (an `undefined` option counts as not given); words and labels in the
 * options' locale, else `mapLocale`.
 */
export function resolveLayoutOptions(options: LayoutOptions, mapLocale?: string): ResolvedLayout {
  const { locale, messages, ...sizes } = options;
  const given = Object.fromEntries(Object.entries(sizes).filter(([, v]) => v !== undefined));
  const o = { ...DEFAULTS, ...given } as typeof DEFAULTS;
  return {
    o,
    measure: options.measureText ?? approximateTextWidth,
    hidden: new Set(options.hiddenPersonaIds ?? []),
    cardFont: { size: o.cardFontSize },
    lineHeight: Math.round(o.cardFontSize * LINE_HEIGHT),
    labels: { locale: locale ?? mapLocale, messages },
  };
}

/** The plain options a layout reports (`JourneyLayout.options`). */
export function reportedOptions(r: ResolvedLayout): typeof DEFAULTS {
  const { title, cardWidth, cardGap, laneHeaderWidth, emotionLaneHeight, padding, cardFontSize } = r.o;
  return { title, cardWidth, cardGap, laneHeaderWidth, emotionLaneHeight, padding, cardFontSize };
}

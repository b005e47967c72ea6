import type { JourneyMap } from "@journeykit/core";
import type { ExportTheme } from "../theme/export-theme.js";

/**
 * A slide or page size, in points (1/72 inch): PowerPoint widescreen (16:9, 13.333 × 7.5 in), the
 * classic 4:3 (10 × 7.5 in), and A4 and US Letter in landscape for PDF.
 */
export const SLIDE_SIZES = {
  "16:9": { width: 960, height: 540 },
  "4:3": { width: 720, height: 540 },
  A4: { width: 841.89, height: 595.28 },
  Letter: { width: 792, height: 612 },
} as const;

/** A slide size name (`SLIDE_SIZES`). */
export type SlideSize = keyof typeof SLIDE_SIZES;

/** One line of text in a text item: already wrapped, drawn as it is by every renderer. */
export interface SlideParagraph {
  text: string;
  /** Font size in points. */
  size: number;
  color: string;
  bold?: boolean;
  italic?: boolean;
  bullet?: boolean;
  /** Extra room above this line, in points (a card's badges in the row at its bottom). */
  spaceBefore?: number;
}

/**
 * What only an SVG carries: `data-*` attributes that scripts and tests find a card or a curve by, and
 * a tooltip. Consecutive items with the same metadata are one `<g>` whose `<title>` is the tooltip;
 * PPTX and PDF draw the items without it.
 */
export interface SvgMeta {
  /** Attributes without their prefix: `{ "card-id": "c1" }` is written `data-card-id="c1"`. */
  data?: Readonly<Record<string, string>>;
  /** Written as the group's `<title>` (a browser's tooltip, read by screen readers). */
  tooltip?: string;
}

/**
 * What every item has: a name people find in PowerPoint's selection pane ("Line of visibility"), and
 * what only an SVG writes.
 */
interface Named {
  name: string;
  svg?: SvgMeta;
}

/** A dash pattern: `true` for the default (6 on, 4 off), or on/off lengths in points. */
export type SlideDash = boolean | readonly number[];

/** A box (x, y, w, h in points from the slide's top-left). */
export interface SlideRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A filled or outlined shape. */
export interface SlideShape extends Named, SlideRect {
  type: "shape";
  shape: "rect" | "roundRect" | "ellipse";
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  /** Corner radius of a `roundRect` (default the smaller of 6 and a quarter of its height). */
  radius?: number;
}

/** Lines of text in a box, optionally on a filled shape; lines never wrap again when drawn. */
export interface SlideText extends Named, SlideRect {
  type: "text";
  paragraphs: SlideParagraph[];
  /** Inner margin in points. */
  padding: number;
  align?: "left" | "center" | "right";
  valign?: "top" | "middle";
  shape?: "rect" | "roundRect" | "ellipse";
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  /** Corner radius of a `roundRect` shape (default the smaller of 6 and a quarter of its height). */
  radius?: number;
  /** Line height as a multiple of each paragraph's size (default `LINE`, 1.3). */
  lineHeight?: number;
}

/** A straight line. */
export interface SlideLine extends Named {
  type: "line";
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
  dash?: SlideDash;
}

/** One step of a path, in points: move to, line to, or a cubic Bézier curve to (x, y). */
export type SlidePathCommand =
  | { op: "M" | "L"; x: number; y: number }
  | { op: "C"; x1: number; y1: number; x2: number; y2: number; x: number; y: number };

/** An open, stroked path with round caps and joins (an emotion curve). */
export interface SlidePath extends Named {
  type: "path";
  commands: SlidePathCommand[];
  color: string;
  width: number;
  dash?: SlideDash;
}

/**
 * A line chart of scores per category (the emotion curve: one series per persona, gaps as null; a
 * persona's measured curve is one more series, dashed).
 */
export interface SlideChart extends Named, SlideRect {
  type: "chart";
  title: string;
  categories: string[];
  series: { name: string; color: string; values: (number | null)[]; dashed?: boolean; personaId?: string }[];
  min: number;
  max: number;
  /** Axis labels (as many as `max - min + 1`, bottom to top). */
  levelLabels: string[];
}

/** A table cell: text already wrapped into lines. */
export interface SlideTableCell {
  lines: string[];
  color: string;
  bold?: boolean;
  fill?: string;
}

/** A table with a header row; every row fits on its slide. */
export interface SlideTable extends Named {
  type: "table";
  x: number;
  y: number;
  colWidths: number[];
  rowHeights: number[];
  rows: SlideTableCell[][];
  /** Font size of every cell, in points. */
  size: number;
  border: string;
}

/** Everything a slide can hold. */
export type SlideItem = SlideShape | SlideText | SlideLine | SlidePath | SlideChart | SlideTable;

/** One slide (or PDF page) of the deck. */
export interface Slide {
  kind: "overview" | "emotion" | "stages" | "persona" | "insights";
  /** The slide's title, as shown at its top. */
  title: string;
  /** Speaker notes (plain text, lines separated by "\n"). */
  notes: string;
  items: SlideItem[];
}

/** The deck every slide output draws: PPTX, PDF and the slide PNG presets. */
export interface SlideDeck {
  /** The map the deck was drawn from: validated, in the current format (what a PNG should embed). */
  map: JourneyMap;
  size: SlideSize;
  width: number;
  height: number;
  title: string;
  theme: ExportTheme;
  slides: Slide[];
}

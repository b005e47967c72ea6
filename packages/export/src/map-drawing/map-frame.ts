import type { JourneyLayout, Rect, StageColumn, TextMeasurer } from "@journeykit/core";
import type { SlideRect } from "../slides/slide-model.js";

/** Font sizes of each kind of text in a picture of the map, in the picture's units. */
export interface MapType {
  title: number;
  subtitle: number;
  stageName: number;
  chip: number;
  moment: number;
  momentLabel: number;
  laneTitle: number;
  laneKind: number;
  card: number;
  cardBadges: number;
  touchpoint: number;
  channel: number;
  metric: number;
  stripTitle: number;
  axis: number;
  legend: number;
  blueprint: number;
}

/**
 * How layout pixels become a picture: the whole map at scale 1 (`layoutFrame`), or a stage slide
 * (some stages, stretched across the slide, a window of the lanes, in points). Every part drawer
 * places what it draws through its frame, so the SVG and every slide are one drawing.
 */
export interface MapFrame {
  /** Picture x of a layout x (kept within the stages the picture shows). */
  x(px: number): number;
  /** Picture y of a layout y; undefined where the picture shows nothing (another page, a lane left out). */
  y(py: number): number | undefined;
  /**
   * The picture box of a layout box whose top the picture shows (and whose stage, when given), cut
   * at the bottom of the picture; undefined otherwise.
   */
  box(rect: Rect, stageId?: string): SlideRect | undefined;
  /** The part of layout rows [top, top + height) the picture shows; `continued` when it began on an earlier page. */
  span(top: number, height: number): { y: number; h: number; continued: boolean } | undefined;
  /** The stage columns the picture shows. */
  stages: readonly StageColumn[];
  /** Picture x of the lane-title column's left and right edges and of the last stage's right edge. */
  left: number;
  titleRight: number;
  right: number;
  /** Picture y of the stage headers' top, the first lane's top and the lanes' bottom. */
  headerTop: number;
  lanesTop: number;
  bottom: number;
  /** Picture units per layout pixel: strokes, paddings, corner radii. */
  k: number;
  type: MapType;
  /** Text widths in picture units. */
  measure: TextMeasurer;
  /** The picture's text is the layout's (same sizes, same measure): lines the layout wrapped are drawn as they are. */
  layoutText: boolean;
}

/** The font sizes of the whole-map picture: the layout's own (the canvas's), in pixels. */
export function layoutType(layout: JourneyLayout): MapType {
  return {
    title: 24,
    subtitle: 13,
    stageName: 15,
    chip: 11,
    moment: 10,
    momentLabel: 11,
    laneTitle: 13,
    laneKind: 10.5,
    card: layout.options.cardFontSize,
    cardBadges: 10.5,
    touchpoint: 12,
    channel: 10,
    metric: 11,
    stripTitle: 12,
    axis: 10,
    legend: 11,
    blueprint: 10.5,
  };
}

/** The bottom of the lanes in layout pixels (the header row's bottom for a map without lanes). */
export function lanesBottom(layout: JourneyLayout): number {
  const last = layout.lanes.at(-1);
  return last ? last.y + last.height : layout.headerRow.y + layout.headerRow.height;
}

/** The whole map at scale 1, as the layout placed it: the frame of `renderSvg`. */
export function layoutFrame(layout: JourneyLayout, measure: TextMeasurer): MapFrame {
  const { padding } = layout.options;
  return {
    x: (px) => px,
    y: (py) => py,
    box: (r) => ({ x: r.x, y: r.y, w: r.width, h: r.height }),
    span: (top, height) => ({ y: top, h: height, continued: false }),
    stages: layout.stages,
    left: padding,
    titleRight: padding + layout.laneHeaderWidth,
    right: layout.width - padding,
    headerTop: layout.headerRow.y,
    lanesTop: layout.lanes[0]?.y ?? layout.headerRow.y + layout.headerRow.height,
    bottom: lanesBottom(layout),
    k: 1,
    type: layoutType(layout),
    measure,
    layoutText: true,
  };
}

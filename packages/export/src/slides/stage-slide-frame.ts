import type { JourneyLayout, Rect, StageColumn } from "@journeykit/core";
import type { MapFrame, MapType } from "../map-drawing/map-frame.js";
import { bandY, type LaneBand } from "./lane-bands.js";
import { CONTENT_TOP, MARGIN } from "./slide-frame.js";
import { slideMeasure, TYPE } from "./slide-text.js";
import { STAGE_SCALE } from "./stage-pages.js";

/** Type on stage slides, in points: cards and lane titles at 12 pt, nothing under 10. */
export const STAGE_SLIDE_TYPE: MapType = {
  title: TYPE.title,
  subtitle: TYPE.body,
  stageName: TYPE.heading,
  chip: TYPE.small,
  moment: TYPE.min,
  momentLabel: TYPE.small,
  laneTitle: TYPE.body,
  laneKind: TYPE.small,
  card: TYPE.body,
  cardBadges: TYPE.small,
  touchpoint: TYPE.body,
  channel: TYPE.min,
  // A badge holds the layout's text at 10 pt: at 10.5 it would outgrow its scaled box.
  metric: TYPE.min,
  stripTitle: TYPE.body,
  axis: TYPE.min,
  legend: TYPE.small,
  blueprint: TYPE.small,
};

/**
 * The frame of one stage slide: the group's stages beside the lane titles at `STAGE_SCALE`, a group
 * narrower than the slide stretched across it (wider columns, the same type; at most twice), the
 * stage headers under the slide's title on every page and the lanes of `window` (band pixels) below
 * them.
 */
export function stageSlideFrame(
  layout: JourneyLayout,
  page: { width: number },
  group: StageColumn[],
  bands: readonly LaneBand[],
  [from, to]: [number, number],
): MapFrame {
  const K = STAGE_SCALE;
  const first = group[0]!;
  const last = group.at(-1)!;
  const ids = new Set(group.map((c) => c.id));
  const { padding } = layout.options;
  const titleRight = padding + layout.laneHeaderWidth;
  const stagesRight = last.x + last.width;
  const laneW = layout.laneHeaderWidth * K;
  const KX = K * Math.max(1, Math.min(2, (page.width - 2 * MARGIN - laneW) / ((stagesRight - first.x) * K)));
  const x = (px: number) =>
    px <= titleRight
      ? MARGIN + (Math.max(px, padding) - padding) * K
      : MARGIN + laneW + (Math.min(Math.max(px, first.x), stagesRight) - first.x) * KX;
  const headerTop = layout.headerRow.y;
  const headerBottom = headerTop + layout.headerRow.height;
  const bodyTop = CONTENT_TOP + layout.headerRow.height * K;
  const bottom = bodyTop + (to - from) * K;
  /** Picture y of a layout y: in the header row, or in the window's lanes (the window's bottom edge counts). */
  const y = (py: number, edge = true) => {
    if (py < headerTop) return undefined;
    if (py < headerBottom) return CONTENT_TOP + (py - headerTop) * K;
    const vy = bandY(bands, py);
    if (vy === undefined || vy < from || vy > to || (!edge && vy === to)) return undefined;
    return bodyTop + (vy - from) * K;
  };
  const box = (r: Rect, stageId?: string) => {
    const top = stageId === undefined || ids.has(stageId) ? y(r.y, false) : undefined;
    if (top === undefined) return undefined;
    const left = x(r.x);
    return {
      x: left,
      y: top,
      w: x(r.x + r.width) - left,
      h: Math.max(0, Math.min(r.height * K, bottom - top)),
    };
  };
  const span = (top: number, height: number) => {
    // Rows start at a lane's top; a lane the slides leave out has no band.
    const vy = bands.find((b) => b.lane.y === top)?.top;
    if (vy === undefined) return undefined;
    const a = Math.max(vy, from);
    const b = Math.min(vy + height, to);
    return b > a ? { y: bodyTop + (a - from) * K, h: (b - a) * K, continued: vy < from } : undefined;
  };
  return {
    x,
    y: (py) => y(py),
    box,
    span,
    stages: group,
    left: MARGIN,
    titleRight: MARGIN + laneW,
    right: x(stagesRight),
    headerTop: CONTENT_TOP,
    lanesTop: bodyTop,
    bottom,
    k: K,
    type: STAGE_SLIDE_TYPE,
    measure: slideMeasure,
    layoutText: false,
  };
}

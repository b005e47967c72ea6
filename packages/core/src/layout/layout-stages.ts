import { quotesByStage } from "../analytics/stage-quotes.js";
import { quoteCount } from "../labels/quote-count.js";
import type { JourneyMap } from "../records/journey-map.js";
import type { MomentMarker, Rect, StageColumn, TouchpointChip } from "./journey-layout.js";
import type { Cells } from "./layout-cells.js";
import {
  CELL_PADDING,
  CHIP_GAP,
  CHIP_HEIGHT,
  METRIC_LINE,
  MIN_STAGE_WIDTH,
  MOMENT_ROW,
  type ResolvedLayout,
  STAGE_INDEX_WIDTH,
  STAGE_NAME_FONT,
  STAGE_NAME_HEIGHT,
  STAGE_NAME_LINE,
} from "./layout-options.js";
import { wrapText } from "./measure-text.js";

/** The stage columns, left to right from `left`, and the shared height of their headers. */
export interface StagesLayout {
  stages: StageColumn[];
  headerHeight: number;
  /** x of the last column's right edge. */
  right: number;
}

/** A chip's name takes one line, or two when it does not fit (then an ellipsis): the second adds this. */
export const CHIP_LINE = 14;
/** Font of a chip's name. */
export const CHIP_FONT = { size: 11 } as const;
/** Room a chip leaves beside its name (its padding and a little air). */
const CHIP_PADDING = 30;
/** The label beside a stage's only moment of truth: two lines at most, inside `MOMENT_ROW`. */
export const MOMENT_LABEL_FONT = { size: 11 } as const;
export const MOMENT_LABEL_LINE = 13;
/** The quotes button ("❝ 3 quotes") at the right of the moments row. */
export const QUOTES_BUTTON_HEIGHT = 22;
export const QUOTES_BUTTON_FONT = { size: 11, weight: 600 } as const;
/** The quote mark drawn before a quotes button's count (part of its measured width). */
const QUOTE_MARK = "❝ ";
/** Between a moment's marker, its label and the quotes button. */
const MOMENT_GAP = 6;

/**
 * Stage columns sized to their content (two cards abreast, or a long name up to 420 px), with a
 * header holding the name (two lines at most), touchpoint chips (only when the map has no touchpoints
 * lane: otherwise touchpoints sit in that lane; a long name wraps to two lines), a row of
 * moment-of-truth markers with the label of a stage's only moment (two lines at most) and, at its
 * right, the button listing the quotes placed at the stage, and `metricRows` rows for the stages'
 * metric lists (`layoutMetricBadges`).
 */
export function layoutStages(
  map: JourneyMap,
  cells: Cells,
  r: ResolvedLayout,
  box: { left: number; top: number; metricRows: number },
): StagesLayout {
  const { o, measure } = r;
  const widths = map.stages.map((stage) => {
    const widest = Math.max(1, ...map.lanes.map((lane) => cells.columns(lane.id, stage.id)));
    const nameWidth = measure(stage.name, STAGE_NAME_FONT) + 2 * CELL_PADDING;
    return Math.round(
      Math.max(
        MIN_STAGE_WIDTH,
        widest * o.cardWidth + (widest - 1) * o.cardGap + 2 * CELL_PADDING,
        Math.min(nameWidth, 420),
      ),
    );
  });
  const nameLines = map.stages.map((stage, i) =>
    wrapText(stage.name, widths[i]! - 2 * CELL_PADDING - STAGE_INDEX_WIDTH, measure, STAGE_NAME_FONT, 2),
  );
  const nameHeight = STAGE_NAME_HEIGHT + (nameLines.some((l) => l.length > 1) ? STAGE_NAME_LINE : 0);
  const inLane = map.lanes.some((l) => l.kind === "touchpoints");
  const chips = map.stages.map((stage, i) =>
    inLane ? { height: 0, chips: [] } : chipRows(map, stage.id, widths[i]! - 2 * CELL_PADDING, r),
  );
  const chipsHeight = Math.max(0, ...chips.map((c) => c.height));
  const chipBlock = chipsHeight > 0 ? chipsHeight + 4 : 0;
  const quotes = quotesByStage(map);
  const hasQuotes = map.stages.some((s) => quotes.has(s.id));
  const momentRow = map.momentsOfTruth.length > 0 || hasQuotes ? MOMENT_ROW : 0;
  const metricBlock = box.metricRows > 0 ? box.metricRows * METRIC_LINE + 4 : 0;
  const rowMiddle = box.top + nameHeight + chipBlock + MOMENT_ROW / 2;

  // Each stage's markers from the left of the moments row, its quotes button at the right; a button
  // the markers would reach goes to a row of its own under them (every header then gets that row).
  let x = box.left;
  const columns = map.stages.map((stage, i) => {
    const width = widths[i]!;
    const left = x;
    x += width;
    const moments = momentMarkers(map, stage.id, left + CELL_PADDING, rowMiddle);
    const count = quotes.get(stage.id)?.length ?? 0;
    const button = count > 0 ? quotesBox(count, left + width - CELL_PADDING, rowMiddle, r) : undefined;
    const last = moments.at(-1);
    const below = !!button && !!last && last.cx + last.radius + MOMENT_GAP > button.x;
    return { stage, left, width, moments, button, below };
  });
  const quotesRow = columns.some((c) => c.below) ? QUOTES_BUTTON_HEIGHT + 4 : 0;
  const headerHeight = nameHeight + chipBlock + momentRow + quotesRow + metricBlock + 8;

  const stages = columns.map(({ stage, left, width, moments, button, below }, i): StageColumn => {
    const quotesButton =
      button && below ? { ...button, y: Math.round(rowMiddle + MOMENT_ROW / 2 + 2) } : button;
    const labelRight = quotesButton && !below ? quotesButton.x : left + width - 8;
    return {
      id: stage.id,
      index: i,
      name: stage.name,
      nameLines: nameLines[i]!,
      x: left,
      width,
      header: { x: left, y: box.top, width, height: headerHeight },
      touchpoints: chips[i]!.chips.map((chip) => ({
        ...chip,
        x: left + CELL_PADDING + chip.x,
        y: box.top + nameHeight + chip.y,
      })),
      moments,
      momentLabel: moments.length === 1 ? momentLabel(moments[0]!, labelRight, rowMiddle, r) : undefined,
      quotes: quotesButton,
    };
  });
  return { stages, headerHeight, right: x };
}

/**
 * Touchpoint chips wrapped into rows inside a header `width` wide (x/y relative to the chip area); a
 * name too long for one line takes two, its chip the whole width. `height`: the rows with their gaps.
 */
function chipRows(map: JourneyMap, stageId: string, width: number, r: ResolvedLayout) {
  let x = Number.POSITIVE_INFINITY;
  let rowTop = 0;
  let rowHeight = 0;
  let height = 0;
  const chips: TouchpointChip[] = [];
  for (const tp of map.touchpoints) {
    if (tp.stageId !== stageId) continue;
    const lines = wrapText(tp.name, width - CHIP_PADDING, r.measure, CHIP_FONT, 2);
    const widest = Math.max(0, ...lines.map((line) => r.measure(line, CHIP_FONT)));
    const chipWidth = Math.min(width, Math.round(widest + CHIP_PADDING));
    const chipHeight = CHIP_HEIGHT + (lines.length > 1 ? CHIP_LINE : 0);
    if (x + chipWidth > width) {
      rowTop = height;
      rowHeight = 0;
      x = 0;
    }
    rowHeight = Math.max(rowHeight, chipHeight);
    height = rowTop + rowHeight + CHIP_GAP;
    chips.push({
      id: tp.id,
      name: tp.name,
      lines,
      channel: tp.channel,
      x,
      y: rowTop,
      width: chipWidth,
      height: chipHeight,
    });
    x += chipWidth + CHIP_GAP;
  }
  return { height, chips };
}

/** Moment-of-truth circles in a row from `left`, sized by importance. */
function momentMarkers(map: JourneyMap, stageId: string, left: number, cy: number): MomentMarker[] {
  let mx = left;
  return map.momentsOfTruth
    .filter((m) => m.stageId === stageId)
    .map((m) => {
      const radius = 6 + m.importance * 1.5;
      const marker = {
        id: m.id,
        stageId,
        cx: Math.round(mx + radius),
        cy: Math.round(cy),
        radius,
        kind: m.kind,
        importance: m.importance,
        outcome: m.outcome,
        title: m.title,
      };
      mx += 2 * radius + 8;
      return marker;
    });
}

/** The label of a stage's only moment: from its marker to `right`, two lines at most, centred on the row. */
function momentLabel(
  marker: MomentMarker,
  right: number,
  rowMiddle: number,
  r: ResolvedLayout,
): Rect & { lines: string[] } {
  const left = marker.cx + marker.radius + MOMENT_GAP;
  const width = Math.max(0, right - MOMENT_GAP - left);
  const lines = wrapText(marker.title, width, r.measure, MOMENT_LABEL_FONT, 2);
  const height = lines.length * MOMENT_LABEL_LINE;
  return { x: left, y: Math.round(rowMiddle - height / 2), width, height, lines };
}

/** The quotes button, its right edge at `right`, centred on the moments row. */
function quotesBox(
  count: number,
  right: number,
  rowMiddle: number,
  r: ResolvedLayout,
): Rect & { count: number; text: string } {
  const text = quoteCount(count, r.labels);
  const width = Math.round(r.measure(`${QUOTE_MARK}${text}`, QUOTES_BUTTON_FONT) + 18);
  return {
    x: right - width,
    y: Math.round(rowMiddle - QUOTES_BUTTON_HEIGHT / 2),
    width,
    height: QUOTES_BUTTON_HEIGHT,
    count,
    text,
  };
}

import type { JourneyMap } from "../records/journey-map.js";
import type { MomentMarker, StageColumn, TouchpointChip } from "./journey-layout.js";
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

/**
 * Stage columns sized to their content (two cards abreast, or a long name up to 420 px), with a
 * header holding the name (two lines at most), touchpoint chips (only when the map has no touchpoints
 * lane: otherwise touchpoints sit in that lane), moment-of-truth markers and `metricRows` rows for
 * the stages' metric lists (`layoutMetricBadges`).
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
    inLane ? { rows: 0, chips: [] } : chipRows(map, stage.id, widths[i]! - 2 * CELL_PADDING, r),
  );
  const maxChipRows = Math.max(0, ...chips.map((c) => c.rows));
  const chipBlock = maxChipRows > 0 ? maxChipRows * (CHIP_HEIGHT + CHIP_GAP) + 4 : 0;
  const hasMoments = map.momentsOfTruth.length > 0;
  const metricBlock = box.metricRows > 0 ? box.metricRows * METRIC_LINE + 4 : 0;
  const headerHeight = nameHeight + chipBlock + (hasMoments ? MOMENT_ROW : 0) + metricBlock + 8;

  const stages: StageColumn[] = [];
  let x = box.left;
  map.stages.forEach((stage, i) => {
    const width = widths[i]!;
    const chipTop = box.top + nameHeight;
    stages.push({
      id: stage.id,
      index: i,
      name: stage.name,
      nameLines: nameLines[i]!,
      x,
      width,
      header: { x, y: box.top, width, height: headerHeight },
      touchpoints: chips[i]!.chips.map((chip) => ({
        ...chip,
        x: x + CELL_PADDING + chip.x,
        y: chipTop + chip.y,
      })),
      moments: momentMarkers(map, stage.id, x + CELL_PADDING, chipTop + chipBlock + MOMENT_ROW / 2),
    });
    x += width;
  });
  return { stages, headerHeight, right: x };
}

/** Touchpoint chips wrapped into rows inside a header `width` wide; x/y relative to the chip area. */
function chipRows(map: JourneyMap, stageId: string, width: number, r: ResolvedLayout) {
  let rows = 0;
  let x = Number.POSITIVE_INFINITY;
  const chips: TouchpointChip[] = [];
  for (const tp of map.touchpoints) {
    if (tp.stageId !== stageId) continue;
    const chipWidth = Math.min(width, Math.round(r.measure(tp.name, { size: 11 }) + 30));
    if (x + chipWidth > width) {
      rows++;
      x = 0;
    }
    chips.push({
      id: tp.id,
      name: tp.name,
      channel: tp.channel,
      x,
      y: (rows - 1) * (CHIP_HEIGHT + CHIP_GAP),
      width: chipWidth,
      height: CHIP_HEIGHT,
    });
    x += chipWidth + CHIP_GAP;
  }
  return { rows, chips };
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

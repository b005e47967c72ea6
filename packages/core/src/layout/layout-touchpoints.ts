import type { JourneyMap } from "../records/journey-map.js";
import { channelLabel } from "./channel-label.js";
import type { LaneRow, StageColumn, TouchpointBox } from "./journey-layout.js";
import type { Cells } from "./layout-cells.js";
import { CELL_PADDING, type ResolvedLayout, TOUCHPOINT_HEIGHT } from "./layout-options.js";
import { fitLine, wrapText } from "./measure-text.js";

/** Font of a touchpoint's name in its box. */
export const TOUCHPOINT_FONT = { size: 12, weight: 600 } as const;
/** Font of the channel tag at the right of a touchpoint box. */
export const CHANNEL_TAG_FONT = { size: 10, weight: 600 } as const;
/** A touchpoint's name takes one line, or two when it does not fit (then an ellipsis): the second adds this. */
export const TOUCHPOINT_LINE = 16;
/** Inner padding of a touchpoint box, and between its name and channel tag. */
const PAD = 8;

/** A touchpoint's name and channel tag as its box shows them, and the box's height. */
export interface TouchpointText {
  label: string;
  lines: string[];
  channelLabel: string;
  channelWidth: number;
  height: number;
}

/**
 * The texts of the touchpoints in the map's touchpoints lane (none without one), by id: the name
 * wrapped to two lines at most beside its channel tag, in its stage's column width. Two lines make
 * the box `TOUCHPOINT_LINE` taller.
 */
export function touchpointTexts(
  map: JourneyMap,
  stages: readonly StageColumn[],
  r: ResolvedLayout,
): Map<string, TouchpointText> {
  const texts = new Map<string, TouchpointText>();
  if (!map.lanes.some((l) => l.kind === "touchpoints")) return texts;
  const widths = new Map(stages.map((s) => [s.id, s.width - 2 * CELL_PADDING]));
  for (const tp of map.touchpoints) {
    const width = widths.get(tp.stageId);
    if (width === undefined) continue;
    const channel = channelLabel(tp.channel, r.labels);
    const channelWidth = Math.round(r.measure(channel, CHANNEL_TAG_FONT) + 12);
    const room = width - channelWidth - 3 * PAD;
    const lines = wrapText(tp.name, room, r.measure, TOUCHPOINT_FONT, 2);
    texts.set(tp.id, {
      label: lines.length > 1 ? fitLine(tp.name, room, r.measure, TOUCHPOINT_FONT) : (lines[0] ?? ""),
      lines,
      channelLabel: channel,
      channelWidth,
      height: TOUCHPOINT_HEIGHT + (lines.length > 1 ? TOUCHPOINT_LINE : 0),
    });
  }
  return texts;
}

/**
 * Touchpoint boxes at the top of their stage's cell in the map's touchpoints lane (none when the map
 * has no such lane: then they are chips in the stage header), full cell width, in document order,
 * each followed by the rows of its metrics.
 */
export function layoutTouchpoints(
  stages: StageColumn[],
  lanes: LaneRow[],
  cells: Cells,
  r: ResolvedLayout,
  texts: ReadonlyMap<string, TouchpointText>,
): TouchpointBox[] {
  const lane = lanes.find((l) => l.kind === "touchpoints");
  if (!lane) return [];
  const boxes: TouchpointBox[] = [];
  for (const column of stages) {
    const width = column.width - 2 * CELL_PADDING;
    let y = lane.y + CELL_PADDING;
    for (const tp of cells.get(lane.id, column.id).touchpoints) {
      const text = texts.get(tp.id);
      if (!text) continue;
      boxes.push({
        id: tp.id,
        stageId: column.id,
        laneId: lane.id,
        name: tp.name,
        label: text.label,
        lines: text.lines,
        channel: tp.channel,
        channelLabel: text.channelLabel,
        channelWidth: text.channelWidth,
        x: column.x + CELL_PADDING,
        y,
        width,
        height: text.height,
      });
      // Its metric rows sit under the box (`layoutMetricBadges`).
      y += cells.touchpointHeight(tp.id) + r.o.cardGap;
    }
  }
  return boxes;
}

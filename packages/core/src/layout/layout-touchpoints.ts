import { channelLabel } from "./channel-label.js";
import type { LaneRow, StageColumn, TouchpointBox } from "./journey-layout.js";
import type { Cells } from "./layout-cells.js";
import { CELL_PADDING, type ResolvedLayout, TOUCHPOINT_HEIGHT } from "./layout-options.js";
import { fitLine } from "./measure-text.js";

/** Font of a touchpoint's name in its box. */
export const TOUCHPOINT_FONT = { size: 12, weight: 600 } as const;
/** Font of the channel tag at the right of a touchpoint box. */
export const CHANNEL_TAG_FONT = { size: 10, weight: 600 } as const;
/** Inner padding of a touchpoint box, and between its name and channel tag. */
const PAD = 8;

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
): TouchpointBox[] {
  const lane = lanes.find((l) => l.kind === "touchpoints");
  if (!lane) return [];
  const boxes: TouchpointBox[] = [];
  for (const column of stages) {
    const width = column.width - 2 * CELL_PADDING;
    let y = lane.y + CELL_PADDING;
    for (const tp of cells.get(lane.id, column.id).touchpoints) {
      const channel = channelLabel(tp.channel);
      const channelWidth = Math.round(r.measure(channel, CHANNEL_TAG_FONT) + 12);
      boxes.push({
        id: tp.id,
        stageId: column.id,
        laneId: lane.id,
        name: tp.name,
        label: fitLine(tp.name, width - channelWidth - 3 * PAD, r.measure, TOUCHPOINT_FONT),
        channel: tp.channel,
        channelLabel: channel,
        channelWidth,
        x: column.x + CELL_PADDING,
        y,
        width,
        height: TOUCHPOINT_HEIGHT,
      });
      // Its metric rows sit under the box (`layoutMetricBadges`).
      y += cells.touchpointHeight(tp.id) + r.o.cardGap;
    }
  }
  return boxes;
}

import type { JourneyLayout, StageColumn } from "@journeykit/core";
import { bandY, type LaneBand } from "./lane-bands.js";
import { MARGIN } from "./slide-frame.js";

/** Layout pixels to points on a stage slide: card text (13 px in the layout) is drawn at 12 pt. */
export const STAGE_SCALE = 12 / 13;

/**
 * Split stages into groups that fit a slide's width at `STAGE_SCALE` beside the lane titles (at
 * least one stage per group).
 */
export function stageGroups(layout: JourneyLayout, slideWidth: number): StageColumn[][] {
  const room = slideWidth - 2 * MARGIN - layout.laneHeaderWidth * STAGE_SCALE;
  const groups: StageColumn[][] = [];
  let current: StageColumn[] = [];
  let used = 0;
  for (const column of layout.stages) {
    const w = column.width * STAGE_SCALE;
    if (current.length > 0 && used + w > room) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(column);
    used += w;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** What a group of stages places in its lanes (cards, touchpoints, metric rows): top and height in band pixels. */
function groupBlocks(layout: JourneyLayout, group: StageColumn[], bands: LaneBand[]) {
  const ids = new Set(group.map((c) => c.id));
  const headerBottom = layout.headerRow.y + layout.headerRow.height;
  const placed = [
    ...layout.cards,
    ...layout.touchpoints,
    ...layout.metrics.filter((m) => m.y >= headerBottom),
  ].filter((item) => item.stageId !== undefined && ids.has(item.stageId));
  return placed.flatMap((item) => {
    const vy = bandY(bands, item.y);
    return vy === undefined ? [] : [{ vy, vh: item.height }];
  });
}

/**
 * The pages of a group of stages: windows [from, to) over the bands' `total` height that fit `room`,
 * breaking at lane tops, else between the group's cards.
 */
export function pageWindows(
  layout: JourneyLayout,
  group: StageColumn[],
  { bands, total }: { bands: LaneBand[]; total: number },
  room: number,
): [number, number][] {
  const blocks = groupBlocks(layout, group, bands);
  const windows: [number, number][] = [];
  let from = 0;
  while (from < total) {
    const limit = from + room;
    let to = total;
    if (limit < total) {
      const laneTops = bands.map((b) => b.top).filter((t) => t > from && t <= limit);
      if (laneTops.length > 0) to = Math.max(...laneTops);
      else {
        const cuts = blocks
          .map((b) => b.vy - 4)
          .filter((t) => t > from && t <= limit && !blocks.some((o) => o.vy < t && o.vy + o.vh > t));
        to = cuts.length > 0 ? Math.max(...cuts) : limit;
      }
    }
    windows.push([from, to]);
    from = to;
  }
  return windows.length > 0 ? windows : [[0, 0]];
}

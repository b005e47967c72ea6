import type { JourneyLayout } from "./journey-layout.js";

/** A point in layout pixels. */
export interface LayoutPoint {
  x: number;
  y: number;
}

/** Where a dropped card lands: its cell and its index among the cell's other cards. */
export interface CardDropTarget {
  laneId: string;
  stageId: string;
  index: number;
}

/**
 * The cell a card dropped with its centre at `point` lands in, and its index there (the number of
 * the cell's other cards whose centre is above the point); `undefined` outside every cell.
 *
 * @example
 * cardDropTarget(layout, { x: 400, y: 300 }, "c1"); // { laneId: "l1", stageId: "s2", index: 0 }
 */
export function cardDropTarget(
  layout: JourneyLayout,
  point: LayoutPoint,
  cardId?: string,
): CardDropTarget | undefined {
  const stage = layout.stages.find((s) => point.x >= s.x && point.x < s.x + s.width);
  const lane = layout.lanes.find((l) => point.y >= l.y && point.y < l.y + l.height);
  if (!stage || !lane) return undefined;
  const index = layout.cards.filter(
    (c) => c.laneId === lane.id && c.stageId === stage.id && c.id !== cardId && c.y + c.height / 2 < point.y,
  ).length;
  return { laneId: lane.id, stageId: stage.id, index };
}

/** Where a dropped touchpoint lands: its stage and its index among the stage's other touchpoints. */
export interface TouchpointDropTarget {
  stageId: string;
  index: number;
}

/**
 * The stage a touchpoint box dropped with its centre at `point` lands in (the column under it, at any
 * height: a drop is forgiving), and its index there (the number of the stage's other touchpoint boxes
 * whose centre is above the point); `undefined` left or right of every stage.
 *
 * @example
 * touchpointDropTarget(layout, { x: 400, y: 180 }, "t1"); // { stageId: "s2", index: 1 }
 */
export function touchpointDropTarget(
  layout: JourneyLayout,
  point: LayoutPoint,
  touchpointId?: string,
): TouchpointDropTarget | undefined {
  const stage = layout.stages.find((s) => point.x >= s.x && point.x < s.x + s.width);
  if (!stage) return undefined;
  const index = layout.touchpoints.filter(
    (t) => t.stageId === stage.id && t.id !== touchpointId && t.y + t.height / 2 < point.y,
  ).length;
  return { stageId: stage.id, index };
}

/**
 * The index a stage header dropped with its centre at `x` moves to: the column under it, 0 left of
 * the first column, the last index right of the last.
 *
 * @example
 * stageDropIndex(layout, 10); // 0
 */
export function stageDropIndex(layout: JourneyLayout, x: number): number {
  const at = layout.stages.findIndex((s) => x >= s.x && x < s.x + s.width);
  if (at >= 0) return at;
  return x < (layout.stages[0]?.x ?? 0) ? 0 : Math.max(0, layout.stages.length - 1);
}

/**
 * The index a lane header dropped with its centre at `y` moves to: the row under it, 0 above the
 * first row, the last index below the last.
 *
 * @example
 * laneDropIndex(layout, 5000); // layout.lanes.length - 1
 */
export function laneDropIndex(layout: JourneyLayout, y: number): number {
  const at = layout.lanes.findIndex((l) => y >= l.y && y < l.y + l.height);
  if (at >= 0) return at;
  return y < (layout.lanes[0]?.y ?? 0) ? 0 : Math.max(0, layout.lanes.length - 1);
}

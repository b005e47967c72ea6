import type { JourneyMap } from "../records/journey-map.js";
import type { LaneRow, StageColumn } from "./journey-layout.js";
import type { Cells } from "./layout-cells.js";
import { CELL_PADDING, METRIC_ROW, MIN_LANE_HEIGHT, type ResolvedLayout } from "./layout-options.js";

/** Lane rows from `top` down, each as tall as its fullest cell (plus the curve area of the emotions lane). */
export function layoutLanes(
  map: JourneyMap,
  stages: StageColumn[],
  cells: Cells,
  r: ResolvedLayout,
  top: number,
): LaneRow[] {
  const lanes: LaneRow[] = [];
  let y = top;
  for (const lane of map.lanes) {
    const content = Math.max(0, ...stages.map((s) => cells.height(lane.id, s.id)));
    const metricRows =
      lane.kind === "metrics" && lane === map.lanes.find((l) => l.kind === "metrics")
        ? Math.max(0, ...stages.map((s) => map.metrics.filter((m) => m.stageId === s.id).length))
        : 0;
    const height = Math.round(
      Math.max(
        MIN_LANE_HEIGHT,
        contentTop(lane.kind, r) + content,
        metricRows * (METRIC_ROW + 4) + 2 * CELL_PADDING,
      ),
    );
    lanes.push({
      id: lane.id,
      kind: lane.kind,
      title: lane.title,
      y,
      height,
      header: { x: r.o.padding, y, width: r.o.laneHeaderWidth, height },
    });
    y += height;
  }
  return lanes;
}

/** Where a lane's cards start below its top: under the curve area in the emotions lane. */
export function contentTop(kind: LaneRow["kind"], r: ResolvedLayout): number {
  return kind === "emotions" ? r.o.emotionLaneHeight : 0;
}

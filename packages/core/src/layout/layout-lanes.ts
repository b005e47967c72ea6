import type { JourneyMap } from "../records/journey-map.js";
import type { LaneRow, StageColumn } from "./journey-layout.js";
import type { Cells } from "./layout-cells.js";
import { CELL_PADDING, METRIC_LINE, MIN_LANE_HEIGHT, type ResolvedLayout } from "./layout-options.js";
import type { MetricPlaces } from "./metric-places.js";

/** Lane rows from `top` down, each as tall as its fullest cell (plus the curve area of the emotions lane). */
export function layoutLanes(
  map: JourneyMap,
  stages: StageColumn[],
  cells: Cells,
  r: ResolvedLayout,
  top: number,
  places: MetricPlaces,
): LaneRow[] {
  const lanes: LaneRow[] = [];
  let y = top;
  for (const lane of map.lanes) {
    const content = Math.max(0, ...stages.map((s) => cells.height(lane.id, s.id)));
    const metricRows =
      lane.kind === "metrics" && lane === map.lanes.find((l) => l.kind === "metrics")
        ? Math.max(0, ...stages.map((s) => places.stages.get(s.id)?.length ?? 0))
        : 0;
    const height = Math.round(
      Math.max(
        MIN_LANE_HEIGHT,
        contentTop(lane.kind, r) + content,
        metricRows * METRIC_LINE + 2 * CELL_PADDING,
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

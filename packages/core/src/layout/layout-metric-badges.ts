import type { JourneyMap } from "../records/journey-map.js";
import { formatMetricValue, metricLabel } from "./format-metric.js";
import type { LaneRow, MetricBadge, StageColumn, TextMeasurer } from "./journey-layout.js";
import { CELL_PADDING, METRIC_ROW, type ResolvedLayout } from "./layout-options.js";
import { fitLine } from "./measure-text.js";

const FONT = { size: 11, weight: 600 };

/**
 * Metric badges: stacked full width in the metrics lane when the map has one, else side by side at
 * the foot of their stage header (labels shortened to fit, never the value; no room, no badge).
 */
export function layoutMetricBadges(
  map: JourneyMap,
  stages: StageColumn[],
  lanes: LaneRow[],
  r: ResolvedLayout,
): MetricBadge[] {
  const badges: MetricBadge[] = [];
  const lane = lanes.find((l) => l.kind === "metrics");
  for (const column of stages) {
    const own = map.metrics.filter((m) => m.stageId === column.id);
    if (lane) {
      own.forEach((m, i) => {
        badges.push(
          badge(
            m,
            column.x + CELL_PADDING,
            lane.y + CELL_PADDING + i * (METRIC_ROW + 4),
            column.width - 2 * CELL_PADDING,
          ),
        );
      });
      continue;
    }
    let x = column.x + CELL_PADDING;
    for (const m of own) {
      const room = column.x + column.width - CELL_PADDING - x;
      if (room < 60) break;
      const fitted = fitLabel(m, room - 18, r.measure);
      const width = Math.round(r.measure(`${fitted.label} ${fitted.value}`, FONT) + 18);
      badges.push({
        ...badge(m, x, column.header.y + column.header.height - METRIC_ROW - 2, width),
        label: fitted.label,
      });
      x += width + 6;
    }
  }
  return badges;
}

/** Shorten a metric's label (never its value) so label and value fit the width, by the rule of `fitLine`. */
function fitLabel(m: JourneyMap["metrics"][number], width: number, measure: TextMeasurer) {
  const value = formatMetricValue(m);
  const label = fitLine(metricLabel(m), width - measure(` ${value}`, FONT), measure, FONT);
  return { label, value };
}

function badge(m: JourneyMap["metrics"][number], x: number, y: number, width: number): MetricBadge {
  const label = metricLabel(m);
  const value = formatMetricValue(m);
  return {
    id: m.id,
    stageId: m.stageId,
    kind: m.kind,
    label,
    value,
    fullText: `${label} ${value}${m.target === undefined ? "" : ` (target ${formatMetricValue({ kind: m.kind, value: m.target })})`}`,
    belowTarget: m.target !== undefined && m.value < m.target,
    x,
    y,
    width,
    height: METRIC_ROW - 6,
  };
}

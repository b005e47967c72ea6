import type { JourneyLayout, JourneyStrip, MetricBadge, MetricMore, Rect } from "@journeykit/core";
import type { Node } from "@xyflow/react";

export type MetricNodeData = { badge: MetricBadge };
export type MetricMoreNodeData = { more: MetricMore };
export type JourneyStripNodeData = { strip: JourneyStrip };
export type MetricNode = Node<MetricNodeData, "jkMetric">;
export type MetricMoreNode = Node<MetricMoreNodeData, "jkMetricMore">;
export type JourneyStripNode = Node<JourneyStripNodeData, "jkJourneyStrip">;
export type MetricPartNode = MetricNode | MetricMoreNode | JourneyStripNode;

/** Metric nodes handle their own clicks (React Flow would switch their pointer events off). */
const INTERACTIVE = { pointerEvents: "all" } as const;
const FIXED = { draggable: false, selectable: false, focusable: false } as const;

/**
 * The nodes of the map's metrics, as the layout placed them: the whole-journey strip, each badge and
 * each "+N more". Only those `shown` (inside the drawn window on a big map) get a node; each is one
 * object per layout item, with no per-card work.
 */
export function buildMetricNodes(
  layout: JourneyLayout,
  shown: (box: Rect) => boolean,
  push: (node: MetricPartNode) => void,
): void {
  const headerBottom = layout.headerRow.y + layout.headerRow.height;
  const strip = layout.journeyStrip;
  if (strip)
    push({
      id: "journey-strip",
      type: "jkJourneyStrip",
      position: { x: strip.x, y: strip.y },
      width: strip.width,
      height: strip.height,
      data: { strip },
      ...FIXED,
      zIndex: 1,
    });
  for (const badge of layout.metrics) {
    if (!shown(badge)) continue;
    push({
      id: `metric:${badge.id}`,
      type: "jkMetric",
      position: { x: badge.x, y: badge.y },
      width: badge.width,
      height: badge.height,
      data: { badge },
      style: INTERACTIVE,
      ...FIXED,
      // In a stage header or the strip: above the headers; in a lane: with the cards.
      zIndex: badge.y < headerBottom ? 5 : 4,
    });
  }
  for (const more of layout.metricMore) {
    if (!shown(more)) continue;
    push({
      id: `metric-more:${more.id}`,
      type: "jkMetricMore",
      position: { x: more.x, y: more.y },
      width: more.width,
      height: more.height,
      data: { more },
      style: INTERACTIVE,
      ...FIXED,
      // Above lane titles and blueprint lines: its open list lies over the map.
      zIndex: 8,
    });
  }
}

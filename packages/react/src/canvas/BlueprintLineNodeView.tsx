import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { BlueprintLineNode } from "./build-nodes.js";
import { useStickyLeft } from "./use-sticky-left.js";

/** Height of a blueprint line's node: the label above the line, the line at `BLUEPRINT_LINE_Y`. */
export const BLUEPRINT_NODE_HEIGHT = 22;
export const BLUEPRINT_LINE_Y = 18;

/**
 * A service-blueprint line (interaction, visibility, internal interaction) across the map, dashed,
 * its name written in the lane-title column just above the line (clear of the cards), kept there
 * while the map pans as the lane titles are. Clicks pass through.
 */
export const BlueprintLineNodeView = memo(function BlueprintLineNodeView({
  data,
  width = 0,
}: NodeProps<BlueprintLineNode>) {
  const { line, labelLeft } = data;
  const sticky = useStickyLeft(line.x1);
  return (
    <svg
      className={`jk-blueprint-line jk-blueprint-line--${line.kind}`}
      width={width}
      height={BLUEPRINT_NODE_HEIGHT}
      role="img"
      aria-label={line.label}
      data-blueprint-line={line.kind}
    >
      <title>{line.label}</title>
      <line x1={0} x2={width} y1={BLUEPRINT_LINE_Y} y2={BLUEPRINT_LINE_Y} />
      <text x={Math.min(labelLeft + sticky, width - 8)} y={BLUEPRINT_LINE_Y - 5}>
        {line.label}
      </text>
    </svg>
  );
});

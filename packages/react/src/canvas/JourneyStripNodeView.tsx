import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { JourneyStripNode } from "./build-metric-nodes.js";

/** The whole-journey strip above the stage headers: its title in the lane-title column; its metrics are their own nodes. */
export const JourneyStripNodeView = memo(function JourneyStripNodeView({
  data,
}: NodeProps<JourneyStripNode>) {
  const { strip } = data;
  return (
    <div className="jk-journey-strip">
      <span className="jk-journey-strip-title" style={{ width: strip.contentX - strip.x }}>
        {strip.title}
      </span>
    </div>
  );
});

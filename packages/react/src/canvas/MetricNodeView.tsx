import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import type { MetricNode } from "./build-nodes.js";

/** A metric badge where the layout placed it (stage header or metrics lane); the full text on hover and focus. */
export const MetricNodeView = memo(function MetricNodeView({ data }: NodeProps<MetricNode>) {
  const { badge } = data;
  const store = useStoreApi();
  const selected = useJourneyMapStore((s) => s.selection?.kind === "metric" && s.selection.id === badge.id);
  return (
    <button
      type="button"
      className={`jk-metric nodrag${badge.belowTarget ? " jk-metric--below" : ""}${selected ? " jk-metric--selected" : ""}`}
      data-metric-id={badge.id}
      aria-pressed={selected}
      title={badge.fullText}
      data-tip={badge.fullText}
      onClick={() => store.getState().select({ kind: "metric", id: badge.id })}
    >
      <span className="jk-sr-only">{`Metric ${badge.fullText}${badge.belowTarget ? ", below target" : ""}`}</span>
      <span aria-hidden="true">
        {badge.label} <strong>{badge.value}</strong>
      </span>
    </button>
  );
});

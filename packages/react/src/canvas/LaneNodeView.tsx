import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import type { LaneNode } from "./build-nodes.js";
import { PersonaLegend } from "./PersonaLegend.js";
import { useStickyLeft } from "./use-sticky-left.js";

/**
 * A lane title on the left, kept at the canvas's left edge while the map pans; the emotions lane also
 * holds the persona legend. Drag to reorder.
 */
export const LaneNodeView = memo(function LaneNodeView({ data }: NodeProps<LaneNode>) {
  const { row } = data;
  const store = useStoreApi();
  const stickyLeft = useStickyLeft(row.header.x);
  const selected = useJourneyMapStore((s) => s.selection?.kind === "lane" && s.selection.id === row.id);
  return (
    <div
      className={`jk-lane jk-lane--${row.kind}${selected ? " jk-lane--selected" : ""}`}
      data-lane-id={row.id}
      style={stickyLeft ? { transform: `translateX(${stickyLeft}px)` } : undefined}
    >
      <button
        type="button"
        className="jk-lane-title"
        aria-pressed={selected}
        aria-label={`Lane: ${row.title}`}
        title={row.title}
        onClick={() => store.getState().select({ kind: "lane", id: row.id })}
      >
        <span className={`jk-lane-dot jk-lane-dot--${row.kind}`} aria-hidden="true" />
        <span className="jk-lane-name">{row.title}</span>
      </button>
      {row.kind === "emotions" && <PersonaLegend />}
    </div>
  );
});

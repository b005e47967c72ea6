import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { LaneNode } from "../../container/build-nodes";
import { useJourneyMapStore } from "../../hooks/useJourneyMapStore";
import { useStoreApi } from "../../hooks/useStoreApi";
import { PersonaLegend } from "../PersonaLegend";

const LANE_ICONS: Record<string, string> = {
  actions: "👣",
  thoughts: "💭",
  feelings: "❤️",
  touchpoints: "📍",
  emotions: "📈",
  painPoints: "⚠️",
  opportunities: "💡",
  evidence: "🧾",
  frontstage: "🙋",
  backstage: "⚙️",
  support: "🏗️",
  metrics: "📊",
  notes: "📝",
};

/** A lane title on the left; the emotions lane also holds the persona legend. Drag to reorder. */
export const LaneNodeView = memo(function LaneNodeView({ data }: NodeProps<LaneNode>) {
  const { row } = data;
  const store = useStoreApi();
  const selected = useJourneyMapStore((s) => s.selection?.kind === "lane" && s.selection.id === row.id);
  return (
    <div
      className={`jk-lane jk-lane--${row.kind}${selected ? " jk-lane--selected" : ""}`}
      data-lane-id={row.id}
    >
      <button
        type="button"
        className="jk-lane-title"
        aria-pressed={selected}
        aria-label={`Lane: ${row.title}`}
        onClick={() => store.getState().select({ kind: "lane", id: row.id })}
      >
        <span className="jk-lane-icon" aria-hidden="true">
          {LANE_ICONS[row.kind]}
        </span>
        {row.title}
      </button>
      {row.kind === "emotions" && <PersonaLegend />}
    </div>
  );
});

import { updateStage } from "@journeykit/core";
import type { NodeProps } from "@xyflow/react";
import { memo, useState } from "react";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import type { StageNode } from "./build-nodes.js";

/** A stage header: name (two lines at most, double-click to rename), touchpoint chips, moments of truth. Drag to reorder. */
export const StageNodeView = memo(function StageNodeView({ data }: NodeProps<StageNode>) {
  const { column } = data;
  const store = useStoreApi();
  const selected = useJourneyMapStore((s) => s.selection?.kind === "stage" && s.selection.id === column.id);
  const readOnly = useJourneyMapStore((s) => s.readOnly);
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(column.name);
  const select = (kind: "stage" | "touchpoint" | "moment" | "metric", id: string) =>
    store.getState().select({ kind, id });
  const commit = () => {
    setRenaming(false);
    if (name.trim() && name !== column.name)
      store.getState().dispatch(updateStage, { id: column.id, changes: { name: name.trim() } });
  };
  return (
    <div className={`jk-stage${selected ? " jk-stage--selected" : ""}`} data-stage-id={column.id}>
      {renaming ? (
        <input
          className="jk-stage-rename nodrag"
          aria-label="Stage name"
          value={name}
          // biome-ignore lint/a11y/noAutofocus: the person asked to rename
          autoFocus
          onChange={(event) => setName(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            event.stopPropagation();
            if (event.key === "Enter") commit();
            if (event.key === "Escape") setRenaming(false);
          }}
        />
      ) : (
        <button
          type="button"
          className="jk-stage-name"
          aria-label={`Stage ${column.index + 1}: ${column.name}`}
          title={column.name}
          aria-pressed={selected}
          onClick={() => select("stage", column.id)}
          onDoubleClick={() => {
            if (readOnly) return;
            setName(column.name);
            setRenaming(true);
          }}
        >
          <span className="jk-stage-index">{column.index + 1}</span>
          <span className="jk-stage-title">
            {column.nameLines.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the layout's lines, in order
              <span key={i}>{line}</span>
            ))}
          </span>
        </button>
      )}
      {column.touchpoints.map((tp) => (
        <button
          type="button"
          key={tp.id}
          className="jk-chip nodrag"
          style={{ left: tp.x - column.x, top: tp.y - column.header.y, width: tp.width }}
          onClick={() => select("touchpoint", tp.id)}
          aria-label={`Touchpoint ${tp.name} (${tp.channel})`}
          title={`${tp.name} · ${tp.channel}`}
        >
          {tp.name}
        </button>
      ))}
      {column.moments.map((m) => (
        <button
          type="button"
          key={m.id}
          className={`jk-moment jk-outcome-${m.outcome ?? "none"} nodrag`}
          style={{
            left: m.cx - column.x - m.radius,
            top: m.cy - column.header.y - m.radius,
            width: 2 * m.radius,
            height: 2 * m.radius,
          }}
          onClick={() => select("moment", m.id)}
          aria-label={`${m.kind} moment of truth, importance ${m.importance}${m.outcome ? `, ${m.outcome}` : ""}: ${m.title}`}
          title={`${m.kind} · ${m.title}`}
        >
          {m.kind === "custom" ? "★" : m.kind[0]}
        </button>
      ))}
      {column.moments.length === 1 && (
        <span
          className="jk-moment-label"
          style={{
            left: column.moments[0]!.cx - column.x + column.moments[0]!.radius + 6,
            top: column.moments[0]!.cy - column.header.y - 8,
            maxWidth: column.x + column.width - (column.moments[0]!.cx + column.moments[0]!.radius + 6) - 8,
          }}
          title={column.moments[0]!.title}
        >
          {column.moments[0]!.title}
        </span>
      )}
    </div>
  );
});

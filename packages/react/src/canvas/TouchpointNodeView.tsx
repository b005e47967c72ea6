import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import type { TouchpointNode } from "./build-nodes.js";

/** A touchpoint in the touchpoints lane: its name and channel tag where the layout put them; click selects it. */
export const TouchpointNodeView = memo(function TouchpointNodeView({ data }: NodeProps<TouchpointNode>) {
  const { box } = data;
  const store = useStoreApi();
  const selected = useJourneyMapStore((s) => s.selection?.kind === "touchpoint" && s.selection.id === box.id);
  return (
    <button
      type="button"
      className={`jk-touchpoint jk-channel--${box.channel} nodrag${selected ? " jk-touchpoint--selected" : ""}`}
      data-touchpoint-id={box.id}
      aria-pressed={selected}
      title={`${box.name} · ${box.channelLabel}`}
      onClick={() => store.getState().select({ kind: "touchpoint", id: box.id })}
    >
      {/* The name read out is the whole name; the one shown may end in "…". */}
      <span className="jk-sr-only">{`Touchpoint ${box.name} (${box.channelLabel})`}</span>
      <span className="jk-touchpoint-name" aria-hidden="true">
        {box.label}
      </span>
      <span className="jk-touchpoint-channel" style={{ width: box.channelWidth }} aria-hidden="true">
        {box.channelLabel}
      </span>
    </button>
  );
});

import type { NodeProps } from "@xyflow/react";
import { memo, useEffect } from "react";
import { useEditorText } from "../hooks/useEditorText.js";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import type { TouchpointNode } from "./build-nodes.js";
import { gridElementId, gridItemAttributes } from "./grid-item.js";
import { useGridTabIndex } from "./use-grid-tab-index.js";

/**
 * A touchpoint in the touchpoints lane: its name (two lines at most; the whole name on hover, on
 * keyboard focus and to screen readers) and channel tag where the layout put them. An item of
 * the map's keyboard grid: focus or a click selects it (Delete removes it, Alt+arrows move it, N adds
 * the next); drag it to another stage or place in its stage.
 */
export const TouchpointNodeView = memo(function TouchpointNodeView({ data }: NodeProps<TouchpointNode>) {
  const { box } = data;
  const store = useStoreApi();
  const { t } = useEditorText();
  const gridItem = { kind: "touchpoint", id: box.id } as const;
  const selected = useJourneyMapStore((s) => s.selection?.kind === "touchpoint" && s.selection.id === box.id);
  const instanceId = useJourneyMapStore((s) => s.instanceId);
  const tabIndex = useGridTabIndex(gridItem);
  const select = () => {
    if (!selected) store.getState().select({ kind: "touchpoint", id: box.id });
  };
  // While selected, its cell is the focused cell (where N and "+ Touchpoint" add next), also once it
  // has been dragged, moved with Alt+arrows or given another stage in the Inspector.
  useEffect(() => {
    if (selected) store.getState().focusCell({ laneId: box.laneId, stageId: box.stageId });
  }, [selected, store, box.laneId, box.stageId]);
  return (
    <button
      type="button"
      className={`jk-touchpoint jk-channel--${box.channel}${selected ? " jk-touchpoint--selected" : ""}`}
      data-touchpoint-id={box.id}
      id={gridElementId(instanceId, gridItem)}
      {...gridItemAttributes(gridItem)}
      tabIndex={tabIndex}
      aria-pressed={selected}
      aria-keyshortcuts="Delete Alt+ArrowLeft Alt+ArrowRight Alt+ArrowUp Alt+ArrowDown"
      title={`${box.name} · ${box.channelLabel}`}
      data-tip={box.lines.join(" ") === box.name ? undefined : box.name}
      onFocus={select}
      onClick={select}
    >
      {/* The name read out is the whole name; the two lines shown may end in "…". */}
      <span className="jk-sr-only">
        {t("touchpoint.label", { name: box.name, channel: box.channelLabel })}
      </span>
      <span className="jk-touchpoint-name" aria-hidden="true">
        {box.lines.map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the layout's lines, in order
          <span key={i}>{line}</span>
        ))}
      </span>
      <span className="jk-touchpoint-channel" style={{ width: box.channelWidth }} aria-hidden="true">
        {box.channelLabel}
      </span>
    </button>
  );
});

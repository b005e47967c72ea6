import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import { useEditorText } from "../hooks/useEditorText.js";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import type { LaneNode } from "./build-nodes.js";
import { gridElementId, gridItemAttributes } from "./grid-item.js";
import { HeaderRenameInput } from "./HeaderRenameInput.js";
import { PersonaLegend } from "./PersonaLegend.js";
import { useGridTabIndex } from "./use-grid-tab-index.js";

/**
 * A lane title on the left, kept at the canvas's left edge while the map pans (`StickyHeaders`); the emotions lane also
 * holds the persona legend. Drag to reorder.
 */
export const LaneNodeView = memo(function LaneNodeView({ data }: NodeProps<LaneNode>) {
  const { row } = data;
  const store = useStoreApi();
  const { t } = useEditorText();
  const selected = useJourneyMapStore((s) => s.selection?.kind === "lane" && s.selection.id === row.id);
  const gridItem = { kind: "lane", id: row.id } as const;
  const tabIndex = useGridTabIndex(gridItem);
  const instanceId = useJourneyMapStore((s) => s.instanceId);
  const readOnly = useJourneyMapStore((s) => s.readOnly);
  const renaming = useJourneyMapStore((s) => s.renaming?.kind === "lane" && s.renaming.id === row.id);
  return (
    // biome-ignore lint/a11y/useFocusableInteractive: the title button inside is the grid's focus stop
    // biome-ignore lint/a11y/useSemanticElements: a <th> cannot sit in React Flow's node; the grid's rows own it by id
    <div
      className={`jk-lane jk-lane--${row.kind}${selected ? " jk-lane--selected" : ""}`}
      data-lane-id={row.id}
      id={gridElementId(instanceId, gridItem)}
      role="rowheader"
    >
      {renaming ? (
        <HeaderRenameInput
          item={gridItem}
          current={row.title}
          label={t("lane.rename")}
          className="jk-lane-rename"
        />
      ) : (
        <button
          type="button"
          className="jk-lane-title"
          aria-pressed={selected}
          aria-label={t("lane.label", { title: row.title })}
          title={row.title}
          aria-keyshortcuts="F2"
          {...gridItemAttributes(gridItem)}
          tabIndex={tabIndex}
          onFocus={() => store.getState().select({ kind: "lane", id: row.id })}
          onClick={() => store.getState().select({ kind: "lane", id: row.id })}
          onDoubleClick={() => {
            if (!readOnly) store.getState().startRenaming(gridItem);
          }}
        >
          <span className={`jk-lane-dot jk-lane-dot--${row.kind}`} aria-hidden="true" />
          <span className="jk-lane-name">{row.title}</span>
        </button>
      )}
      {row.kind === "emotions" && <PersonaLegend />}
    </div>
  );
});

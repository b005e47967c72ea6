import { channelLabel, moveTouchpoint } from "@journeykit/core";
import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import { useEditorText } from "../hooks/useEditorText.js";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import type { StageNode } from "./build-nodes.js";
import { gridElementId, gridItemAttributes } from "./grid-item.js";
import { HeaderRenameInput } from "./HeaderRenameInput.js";
import { StageQuotes } from "./StageQuotes.js";
import { carriesTouchpoint, chipDropIndex, TOUCHPOINT_DRAG_TYPE } from "./touchpoint-drag.js";
import { useGridTabIndex } from "./use-grid-tab-index.js";

/**
 * A stage header: name (two lines at most, double-click to rename), touchpoint chips (two lines at
 * most), moments of truth, the customer quotes placed at the stage (`StageQuotes`), kept at the
 * canvas's top edge while the map pans down (`StickyHeaders`).
 * Drag to reorder. A chip drags to another stage's header (or onto a chip, to go before it).
 */
export const StageNodeView = memo(function StageNodeView({ data }: NodeProps<StageNode>) {
  const { column } = data;
  const store = useStoreApi();
  const { t, labels } = useEditorText();
  const selected = useJourneyMapStore((s) => s.selection?.kind === "stage" && s.selection.id === column.id);
  const readOnly = useJourneyMapStore((s) => s.readOnly);
  const gridItem = { kind: "stage", id: column.id } as const;
  const tabIndex = useGridTabIndex(gridItem);
  const instanceId = useJourneyMapStore((s) => s.instanceId);
  // A selected chip is the map's Tab stop (as a card is).
  const selectedTouchpoint = useJourneyMapStore((s) =>
    s.selection?.kind === "touchpoint" ? s.selection.id : null,
  );
  const renaming = useJourneyMapStore((s) => s.renaming?.kind === "stage" && s.renaming.id === column.id);
  const select = (kind: "stage" | "touchpoint" | "moment" | "metric", id: string) =>
    store.getState().select({ kind, id });
  return (
    // biome-ignore lint/a11y/useFocusableInteractive: the name button inside is the grid's focus stop
    // biome-ignore lint/a11y/useSemanticElements: a <th> cannot sit in React Flow's node; the grid's rows own it by id
    <div
      className={`jk-stage${selected ? " jk-stage--selected" : ""}`}
      data-stage-id={column.id}
      id={gridElementId(instanceId, gridItem)}
      role="columnheader"
      onDragOver={(event) => {
        if (readOnly || !carriesTouchpoint(event.dataTransfer)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "move";
      }}
      onDrop={(event) => {
        const id = event.dataTransfer.getData(TOUCHPOINT_DRAG_TYPE);
        if (readOnly || !id) return;
        event.preventDefault();
        const on = (event.target as HTMLElement).closest<HTMLElement>('[data-grid="touchpoint"]')?.dataset
          .gridId;
        const ids = column.touchpoints.map((tp) => tp.id);
        const state = store.getState();
        state.dispatch(moveTouchpoint, { id, stageId: column.id, index: chipDropIndex(ids, id, on) });
        state.select({ kind: "touchpoint", id });
        // The chip is drawn anew in this header: the keys (Delete, Alt+arrows, Ctrl+Z) stay with it.
        state.requestFocus({ kind: "touchpoint", id });
      }}
    >
      {renaming ? (
        <HeaderRenameInput
          item={gridItem}
          current={column.name}
          label={t("stage.rename")}
          className="jk-stage-rename"
        />
      ) : (
        <button
          type="button"
          className="jk-stage-name"
          title={column.name}
          data-tip={column.nameLines.join(" ") === column.name ? undefined : column.name}
          aria-pressed={selected}
          aria-keyshortcuts="F2"
          {...gridItemAttributes(gridItem)}
          tabIndex={tabIndex}
          onFocus={() => select("stage", column.id)}
          onClick={() => select("stage", column.id)}
          onDoubleClick={() => {
            if (!readOnly) store.getState().startRenaming(gridItem);
          }}
        >
          {/* The name read out is the whole name; the lines shown may end in "…". */}
          <span className="jk-sr-only">
            {t("stage.label", { number: column.index + 1, name: column.name })}
          </span>
          <span className="jk-stage-index" aria-hidden="true">
            {column.index + 1}
          </span>
          <span className="jk-stage-title" aria-hidden="true">
            {column.nameLines.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the layout's lines, in order
              <span key={i}>{line}</span>
            ))}
          </span>
        </button>
      )}
      {column.touchpoints.map((tp) => {
        const channel = channelLabel(tp.channel, labels);
        return (
          <button
            type="button"
            key={tp.id}
            className="jk-chip nodrag"
            {...gridItemAttributes({ kind: "touchpoint", id: tp.id })}
            tabIndex={selectedTouchpoint === tp.id ? 0 : tabIndex}
            aria-pressed={selectedTouchpoint === tp.id}
            draggable={!readOnly}
            onDragStart={(event) => {
              event.dataTransfer.setData(TOUCHPOINT_DRAG_TYPE, tp.id);
              event.dataTransfer.effectAllowed = "move";
            }}
            style={{ left: tp.x - column.x, top: tp.y - column.header.y, width: tp.width, height: tp.height }}
            onFocus={() => select("touchpoint", tp.id)}
            onClick={() => select("touchpoint", tp.id)}
            aria-label={t("touchpoint.label", { name: tp.name, channel })}
            title={`${tp.name} · ${channel}`}
            data-tip={tp.lines.join(" ") === tp.name ? undefined : tp.name}
          >
            {/* The layout's lines (two at most, the second may end in "…"); the whole name is its label. */}
            {tp.lines.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the layout's lines, in order
              <span key={i}>{line}</span>
            ))}
          </button>
        );
      })}
      {column.moments.map((m) => {
        // ZMOT, FMOT, SMOT, UMOT are read as they are in every language; only "custom" is a word.
        const kind = m.kind === "custom" ? t("momentKind.custom") : m.kind;
        const names = { kind, importance: m.importance, title: m.title };
        return (
          <button
            type="button"
            key={m.id}
            className={`jk-moment jk-outcome-${m.outcome ?? "none"} nodrag`}
            tabIndex={tabIndex}
            style={{
              left: m.cx - column.x - m.radius,
              top: m.cy - column.header.y - m.radius,
              width: 2 * m.radius,
              height: 2 * m.radius,
            }}
            onClick={() => select("moment", m.id)}
            aria-label={
              m.outcome
                ? t("stage.momentOutcome", { ...names, outcome: t(`outcome.${m.outcome}`) })
                : t("stage.moment", names)
            }
            title={`${kind} · ${m.title}`}
            data-tip={`${kind} · ${m.title}`}
          >
            {m.kind === "custom" ? "★" : m.kind[0]}
          </button>
        );
      })}
      {column.momentLabel && (
        <span
          className="jk-moment-label"
          aria-hidden="true"
          style={{
            left: column.momentLabel.x - column.x,
            top: column.momentLabel.y - column.header.y,
            width: column.momentLabel.width,
            height: column.momentLabel.height,
          }}
          title={column.moments[0]?.title}
        >
          {column.momentLabel.lines.map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the layout's lines, in order
            <span key={i}>{line}</span>
          ))}
        </span>
      )}
      <StageQuotes column={column} />
    </div>
  );
});

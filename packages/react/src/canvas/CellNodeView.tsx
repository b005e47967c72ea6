import type { NodeProps } from "@xyflow/react";
import { memo, useContext } from "react";
import { addCardToCell } from "../commands/add-card-to-cell.js";
import { addTouchpointToStage } from "../commands/add-touchpoint-to-stage.js";
import { pasteLinesAsCards } from "../commands/paste-lines-as-cards.js";
import { RootElementContext } from "../editor/root-context.js";
import { useEditorText } from "../hooks/useEditorText.js";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import { cardsInCell } from "../store/record-index.js";
import type { CellNode } from "./build-nodes.js";
import { gridElementId, gridItemAttributes, touchpointsLaneOf } from "./grid-item.js";
import { nameTouchpoint } from "./name-touchpoint.js";
import { useGridTabIndex } from "./use-grid-tab-index.js";

/**
 * The background of a lane x stage cell, a cell of the map's ARIA grid (roving tabindex): click or
 * arrow keys focus it, Enter or N (or a double-click) adds a card (a touchpoint, in the Touchpoints
 * lane), a pasted or dropped text file adds one card per line. In the overview (zoomed out past
 * readable text) it shows how many cards (or touchpoints) it holds, in its lane's colour.
 */
export const CellNodeView = memo(function CellNodeView({ data }: NodeProps<CellNode>) {
  const store = useStoreApi();
  const root = useContext(RootElementContext);
  const text = useEditorText();
  const { t } = text;
  const item = { kind: "cell", laneId: data.laneId, stageId: data.stageId } as const;
  const cell = { laneId: data.laneId, stageId: data.stageId };
  const focused = useJourneyMapStore(
    (s) => s.focusedCell?.laneId === data.laneId && s.focusedCell.stageId === data.stageId,
  );
  const instanceId = useJourneyMapStore((s) => s.instanceId);
  const tabIndex = useGridTabIndex(item);
  // The cell owns its cards in the accessibility tree (they are separate nodes on the canvas).
  const cardIds = useJourneyMapStore((s) =>
    cardsInCell(s.map.cards, data.laneId, data.stageId)
      .map((c) => gridElementId(s.instanceId, { kind: "card", id: c.id }))
      .join(" "),
  );
  const cardCount = cardIds === "" ? 0 : cardIds.split(" ").length;
  // In the Touchpoints lane the cell also owns its stage's touchpoints, and N adds one.
  const touchpointIds = useJourneyMapStore((s) =>
    touchpointsLaneOf(s.map)?.id === data.laneId
      ? s.map.touchpoints
          .filter((t) => t.stageId === data.stageId)
          .map((t) => gridElementId(s.instanceId, { kind: "touchpoint", id: t.id }))
          .join(" ")
      : null,
  );
  const touchpointCell = touchpointIds !== null;
  const touchpointCount = touchpointIds ? touchpointIds.split(" ").length : 0;
  const owned = [touchpointIds, cardIds].filter(Boolean).join(" ");
  const add = () => {
    if (!touchpointCell) return void addCardToCell(store, cell);
    nameTouchpoint(store, root?.current, addTouchpointToStage(store, text, data.stageId));
  };
  const contents = [
    ...(touchpointCount ? [t("cell.touchpoints", { count: touchpointCount })] : []),
    ...(cardCount ? [t("cell.cards", { count: cardCount })] : []),
  ];
  const names = { lane: data.laneTitle, stage: data.stageName };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a <td> cannot sit in React Flow's node; the grid's rows own cells by id
    // biome-ignore lint/a11y/useKeyWithClickEvents: keys are the editor's (arrows, Enter, N: use-editor-keyboard)
    <div
      id={gridElementId(instanceId, item)}
      className={`jk-cell${focused ? " jk-cell--focused" : ""}`}
      data-cell={`${data.laneId}:${data.stageId}`}
      {...gridItemAttributes(item)}
      role="gridcell"
      tabIndex={tabIndex}
      aria-owns={owned || undefined}
      aria-label={t("cell.label", {
        ...names,
        contents: contents.length === 0 ? t("cell.empty") : contents.join(", "),
      })}
      title={t(touchpointCell ? "cell.addTouchpoint" : "cell.addCard", names)}
      onFocus={() => {
        const state = store.getState();
        state.focusCell(cell);
        const kind = state.selection?.kind;
        // What was selected is left behind (the cell is now where N and "+ Touchpoint" add).
        if (kind === "card" || kind === "touchpoint" || kind === "stage" || kind === "lane")
          state.select(null);
      }}
      onClick={(event) => event.currentTarget.focus({ preventScroll: true })}
      onDoubleClick={add}
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes("Files")) {
          event.preventDefault();
          event.stopPropagation();
        }
      }}
      onDrop={(event) => {
        const file = event.dataTransfer.files[0];
        if (!file || !(file.type.startsWith("text/plain") || /\.(txt|md)$/i.test(file.name))) return;
        // A text file on a cell becomes its cards; other files go to the host (a map to open).
        event.preventDefault();
        event.stopPropagation();
        void file.text().then((text) => {
          const last = pasteLinesAsCards(store, cell, text).at(-1);
          if (last) store.getState().requestFocus({ kind: "card", id: last });
        });
      }}
    >
      {data.overview && cardCount + touchpointCount > 0 && (
        <span
          className="jk-cell-count"
          aria-hidden="true"
          style={{ background: `var(--jk-card-${data.laneKind ?? "default"}, var(--jk-card-default))` }}
        >
          {cardCount + touchpointCount}
        </span>
      )}
    </div>
  );
});

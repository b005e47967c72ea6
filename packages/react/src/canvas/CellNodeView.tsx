import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import { addCardToCell } from "../commands/add-card-to-cell.js";
import { pasteLinesAsCards } from "../commands/paste-lines-as-cards.js";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import { cardsInCell } from "../store/record-index.js";
import type { CellNode } from "./build-nodes.js";
import { focusGridItem } from "./focus-grid-item.js";
import { gridElementId, gridItemAttributes } from "./grid-item.js";
import { useGridTabIndex } from "./use-grid-tab-index.js";

/**
 * The background of a lane x stage cell, a cell of the map's ARIA grid (roving tabindex): click or
 * arrow keys focus it, Enter or N (or a double-click) adds a card, a pasted or dropped text file adds
 * one card per line.
 */
export const CellNodeView = memo(function CellNodeView({ data }: NodeProps<CellNode>) {
  const store = useStoreApi();
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
      aria-owns={cardIds || undefined}
      aria-label={`${data.laneTitle} · ${data.stageName}: ${cardCount === 0 ? "empty" : `${cardCount} card${cardCount === 1 ? "" : "s"}`}`}
      title={`${data.laneTitle} · ${data.stageName}: press N or Enter (or double-click) to add a card`}
      onFocus={() => {
        const state = store.getState();
        state.focusCell(cell);
        const kind = state.selection?.kind;
        if (kind === "card" || kind === "stage" || kind === "lane") state.select(null);
      }}
      onClick={(event) => event.currentTarget.focus({ preventScroll: true })}
      onDoubleClick={() => addCardToCell(store, cell)}
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
        const root = event.currentTarget.closest(".jk-root");
        void file.text().then((text) => {
          const last = pasteLinesAsCards(store, cell, text).at(-1);
          if (last) focusGridItem(root, { kind: "card", id: last }, true);
        });
      }}
    />
  );
});

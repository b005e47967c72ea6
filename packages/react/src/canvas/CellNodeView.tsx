import { addCard, createCard } from "@journeykit/core";
import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import type { CellNode } from "./build-nodes.js";

/** Adds a card to a cell and opens it for typing. */
export function addCardToCell(store: ReturnType<typeof useStoreApi>, laneId: string, stageId: string) {
  const state = store.getState();
  if (state.readOnly) return;
  const card = createCard({ laneId, stageId, text: "" });
  state.dispatch(addCard, { record: card });
  state.select({ kind: "card", id: card.id });
  state.editCard(card.id);
}

/** The background of a lane x stage cell: click focuses it, double-click adds a card. */
export const CellNodeView = memo(function CellNodeView({ data }: NodeProps<CellNode>) {
  const store = useStoreApi();
  const focused = useJourneyMapStore(
    (s) => s.focusedCell?.laneId === data.laneId && s.focusedCell.stageId === data.stageId,
  );
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: pointer shortcut; keyboard users press N or use the toolbar
    // biome-ignore lint/a11y/useKeyWithClickEvents: the same; cells are not tab stops (200 of them would drown the cards)
    <div
      className={`jk-cell${focused ? " jk-cell--focused" : ""}`}
      data-cell={`${data.laneId}:${data.stageId}`}
      title={`${data.laneTitle} · ${data.stageName}: double-click to add a card`}
      onClick={() => store.getState().focusCell({ laneId: data.laneId, stageId: data.stageId })}
      onDoubleClick={() => addCardToCell(store, data.laneId, data.stageId)}
    />
  );
});

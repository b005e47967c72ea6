import type { CardBox, JourneyLayout, LaneRow, StageColumn } from "@journeykit/core";
import type { Node } from "@xyflow/react";

export type StageNodeData = { column: StageColumn };
export type LaneNodeData = { row: LaneRow };
export type CellNodeData = { laneId: string; stageId: string; laneTitle: string; stageName: string };
export type CardNodeData = { box: CardBox };
export type EmotionsNodeData = { layout: JourneyLayout };

export type StageNode = Node<StageNodeData, "jkStage">;
export type LaneNode = Node<LaneNodeData, "jkLane">;
export type CellNode = Node<CellNodeData, "jkCell">;
export type CardNode = Node<CardNodeData, "jkCard">;
export type EmotionsNode = Node<EmotionsNodeData, "jkEmotions">;
export type JourneyNode = StageNode | LaneNode | CellNode | CardNode | EmotionsNode;

/**
 * Our nodes are never React Flow-selectable (the editor has its own selection), so React Flow would
 * switch their pointer events off; they handle clicks, double-clicks and drags themselves.
 */
const INTERACTIVE = { pointerEvents: "all" } as const;

/** React Flow nodes for a map, placed from `layoutJourneyMap` (so the canvas matches the exports). */
export function buildNodes(layout: JourneyLayout, readOnly: boolean): JourneyNode[] {
  const nodes: JourneyNode[] = [];
  const headerWidth = layout.laneHeaderWidth;
  for (const column of layout.stages) {
    nodes.push({
      id: `stage:${column.id}`,
      type: "jkStage",
      position: { x: column.x, y: column.header.y },
      width: column.width,
      height: column.header.height,
      data: { column },
      style: INTERACTIVE,
      draggable: !readOnly,
      selectable: false,
      zIndex: 3,
    });
  }
  for (const row of layout.lanes) {
    nodes.push({
      id: `lane:${row.id}`,
      type: "jkLane",
      position: { x: row.header.x, y: row.y },
      width: headerWidth,
      height: row.height,
      data: { row },
      style: INTERACTIVE,
      draggable: !readOnly,
      selectable: false,
      zIndex: 3,
    });
    for (const column of layout.stages) {
      nodes.push({
        id: `cell:${row.id}:${column.id}`,
        type: "jkCell",
        position: { x: column.x, y: row.y },
        width: column.width,
        height: row.height,
        data: { laneId: row.id, stageId: column.id, laneTitle: row.title, stageName: column.name },
        style: INTERACTIVE,
        draggable: false,
        selectable: false,
        focusable: false,
        zIndex: 0,
      });
    }
  }
  if (layout.emotion && layout.stages.length > 0) {
    const first = layout.stages[0]!;
    nodes.push({
      id: "emotions",
      type: "jkEmotions",
      position: { x: first.x, y: layout.emotion.top },
      width: layout.stages.reduce((w, s) => w + s.width, 0),
      height: layout.emotion.bottom - layout.emotion.top,
      data: { layout },
      style: INTERACTIVE,
      draggable: false,
      selectable: false,
      focusable: false,
      zIndex: 2,
    });
  }
  for (const box of layout.cards) {
    nodes.push({
      id: `card:${box.id}`,
      type: "jkCard",
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      data: { box },
      style: INTERACTIVE,
      draggable: !readOnly,
      selectable: false,
      focusable: false,
      zIndex: 4,
    });
  }
  return nodes;
}

import type {
  BlueprintLine,
  CardBox,
  JourneyLayout,
  LaneRow,
  StageColumn,
  TouchpointBox,
} from "@journeykit/core";
import type { Node } from "@xyflow/react";
import { BLUEPRINT_LINE_Y, BLUEPRINT_NODE_HEIGHT } from "./BlueprintLineNodeView.js";
import { buildMetricNodes, type MetricPartNode } from "./build-metric-nodes.js";
import { touchpointNodeId } from "./kept-node-ids.js";
import { type DrawnPart, drawn } from "./visible-nodes.js";

export type StageNodeData = { column: StageColumn };
export type LaneNodeData = { row: LaneRow };
/**
 * `overview`: the canvas is zoomed out past readable text; the cell shows how much it holds, in its
 * lane's colour (`laneKind`).
 */
export type CellNodeData = {
  laneId: string;
  stageId: string;
  laneTitle: string;
  stageName: string;
  overview?: true;
  laneKind?: LaneRow["kind"];
};
export type CardNodeData = { box: CardBox };
export type EmotionsNodeData = { layout: JourneyLayout };
export type TouchpointNodeData = { box: TouchpointBox };
/** `labelLeft`: where the line's name starts (node-relative): in the lane-title column, above the line. */
export type BlueprintLineNodeData = { line: BlueprintLine; labelLeft: number };

export type StageNode = Node<StageNodeData, "jkStage">;
export type LaneNode = Node<LaneNodeData, "jkLane">;
export type CellNode = Node<CellNodeData, "jkCell">;
export type CardNode = Node<CardNodeData, "jkCard">;
export type EmotionsNode = Node<EmotionsNodeData, "jkEmotions">;
export type TouchpointNode = Node<TouchpointNodeData, "jkTouchpoint">;
export type BlueprintLineNode = Node<BlueprintLineNodeData, "jkBlueprintLine">;
export type JourneyNode =
  | StageNode
  | LaneNode
  | CellNode
  | CardNode
  | EmotionsNode
  | TouchpointNode
  | MetricPartNode
  | BlueprintLineNode;

/**
 * Our nodes are never React Flow-selectable (the editor has its own selection), so React Flow would
 * switch their pointer events off; they handle clicks, double-clicks and drags themselves.
 */
const INTERACTIVE = { pointerEvents: "all" } as const;
/** Blueprint lines let clicks through to the cells under them. */
const PASS_THROUGH = { pointerEvents: "none" } as const;

/** Each built node list's nodes by id, handed on to the next build (so no build walks the previous list). */
const nodesById = new WeakMap<readonly JourneyNode[], Map<string, JourneyNode>>();
/**
 * The node last built for a card box: a box the layout memo hands back unchanged finds its node by
 * identity, with no id string built and hashed per card.
 */
const cardNodes = new WeakMap<CardBox, CardNode>();

/**
 * React Flow nodes for a map, placed from `layoutJourneyMap` (so the canvas matches the exports).
 * With the `previous` nodes, a node whose geometry and data did not change is the same object as
 * before, so React Flow and the memoised views skip it. A card whose box is the same object as in the
 * previous layout (a layout memo hands back unchanged cells' boxes) is not compared at all: an edit's
 * cost follows what it changed, plus one lookup per card.
 *
 * With `part`, only the cells, cards, touchpoints and metric badges in its window (or kept by it) get
 * nodes: on a big map the rest are never built (see `DrawnPart`).
 *
 * With `overview` (zoomed out past readable text), no card, touchpoint or metric badge is built: each
 * cell shows how many it holds instead, so the whole journey costs a node per cell, not per card.
 */
export function buildNodes(
  layout: JourneyLayout,
  readOnly: boolean,
  previous?: readonly JourneyNode[],
  part?: DrawnPart,
  overview = false,
): JourneyNode[] {
  const shown = (box: { x: number; y: number; width: number; height: number }, id: string) =>
    !part || drawn(part, box, id);
  const nodes: JourneyNode[] = [];
  const handed = previous && nodesById.get(previous);
  const before = handed ?? new Map(previous?.map((n) => [n.id, n]));
  if (previous) nodesById.delete(previous);
  const push = (node: JourneyNode) => {
    const old = before.get(node.id);
    const kept = old && sameNode(old, node) ? old : known(node);
    if (kept !== old) before.set(node.id, kept);
    nodes.push(kept);
  };
  const headerWidth = layout.laneHeaderWidth;
  for (const column of layout.stages) {
    push({
      id: `stage:${column.id}`,
      type: "jkStage",
      position: { x: column.x, y: column.header.y },
      width: column.width,
      height: column.header.height,
      data: { column },
      style: INTERACTIVE,
      draggable: !readOnly,
      selectable: false,
      // Above the cards: a header stays at the top edge while the map pans down over them.
      zIndex: 5,
    });
  }
  for (const row of layout.lanes) {
    push({
      id: `lane:${row.id}`,
      type: "jkLane",
      position: { x: row.header.x, y: row.y },
      width: headerWidth,
      height: row.height,
      data: { row },
      style: INTERACTIVE,
      draggable: !readOnly,
      selectable: false,
      // Above the cards: the lane titles stay at the left edge while the map pans under them.
      zIndex: 6,
    });
    for (const column of layout.stages) {
      const cellId = `cell:${row.id}:${column.id}`;
      if (part && !drawn(part, { x: column.x, y: row.y, width: column.width, height: row.height }, cellId))
        continue;
      push({
        id: cellId,
        type: "jkCell",
        position: { x: column.x, y: row.y },
        width: column.width,
        height: row.height,
        data: {
          laneId: row.id,
          stageId: column.id,
          laneTitle: row.title,
          stageName: column.name,
          ...(overview ? { overview: true as const, laneKind: row.kind } : {}),
        },
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
    // Not compared (its data is the whole layout): a new node on each layout.
    const emotions = known({
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
    before.set(emotions.id, emotions);
    nodes.push(emotions);
  }
  for (const line of layout.blueprintLines) {
    push({
      id: `blueprint:${line.kind}`,
      type: "jkBlueprintLine",
      position: { x: line.x1, y: line.y - BLUEPRINT_LINE_Y },
      width: line.x2 - line.x1,
      height: BLUEPRINT_NODE_HEIGHT,
      data: { line, labelLeft: 10 },
      style: PASS_THROUGH,
      draggable: false,
      selectable: false,
      focusable: false,
      // Above the lane titles: the name is written in their column, clear of the cards.
      zIndex: 7,
    });
  }
  if (overview) {
    nodesById.set(nodes, before);
    return nodes;
  }
  for (const box of layout.touchpoints) {
    const id = touchpointNodeId(box.id);
    if (!shown(box, id)) continue;
    push({
      id,
      type: "jkTouchpoint",
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      data: { box },
      style: INTERACTIVE,
      // Dragged to another stage or place in its stage (JourneyCanvas's onNodeDragStop).
      draggable: !readOnly,
      selectable: false,
      focusable: false,
      zIndex: 4,
    });
  }
  buildMetricNodes(layout, (box) => shown(box, ""), push);
  const draggable = !readOnly;
  for (const box of layout.cards) {
    if (part && !drawn(part, box, box.id)) continue;
    const same = cardNodes.get(box);
    if (same && same.draggable === draggable) {
      nodes.push(same);
      continue;
    }
    const node: CardNode = {
      id: `card:${box.id}`,
      type: "jkCard",
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      data: { box },
      style: INTERACTIVE,
      draggable,
      selectable: false,
      focusable: false,
      zIndex: 4,
    };
    push(node);
    cardNodes.set(box, nodes.at(-1) as CardNode);
  }
  // Ids no longer drawn (removed cards, stages, lanes) are dropped once they outnumber the drawn ones.
  nodesById.set(nodes, before.size > 2 * nodes.length ? new Map(nodes.map((n) => [n.id, n])) : before);
  return nodes;
}

/** No handles: the map has no edges. One array, so React Flow's handle bounds are known from the start. */
const NO_HANDLES: NonNullable<JourneyNode["handles"]> = [];

/**
 * A node whose size React Flow takes from the layout (`measured`, rounded as the DOM's `offsetWidth`
 * is) and whose handle bounds it already has (none): it never re-measures a node it has already
 * drawn at that size (with 10,000 cards, a `getBoundingClientRect` per card on every edit).
 */
function known(node: JourneyNode): JourneyNode {
  node.measured = { width: Math.round(node.width ?? 0), height: Math.round(node.height ?? 0) };
  node.handles = NO_HANDLES;
  return node;
}

function sameNode(a: JourneyNode, b: JourneyNode): boolean {
  return (
    a.type === b.type &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.width === b.width &&
    a.height === b.height &&
    a.draggable === b.draggable &&
    a.zIndex === b.zIndex &&
    samePlain(a.data, b.data)
  );
}

/** Deep equality of the layout's plain data (numbers, strings, arrays, plain objects). */
function samePlain(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!samePlain(a[i], b[i])) return false;
    return true;
  }
  // for…in without key arrays or closures: this runs for every node of a 10,000-card map on each edit.
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let keys = 0;
  for (const key in x) {
    keys++;
    if (!samePlain(x[key], y[key])) return false;
  }
  for (const _ in y) keys--;
  return keys === 0;
}

import { layoutJourneyMap, moveCard, moveLane, moveStage } from "@journeykit/core";
import {
  applyNodeChanges,
  Background,
  Controls,
  MiniMap,
  type NodeChange,
  type NodeTypes,
  ReactFlow,
} from "@xyflow/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { minimapSize, useElementWidth } from "../hooks/useElementWidth.js";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import { buildNodes, type JourneyNode } from "./build-nodes.js";
import { CardNodeView } from "./CardNodeView.js";
import { CellNodeView } from "./CellNodeView.js";
import { browserTextMeasurer } from "./canvas-measurer.js";
import { EmotionsNodeView } from "./EmotionsNodeView.js";
import { LaneNodeView } from "./LaneNodeView.js";
import { StageNodeView } from "./StageNodeView.js";

const nodeTypes: NodeTypes = {
  jkStage: StageNodeView,
  jkLane: LaneNodeView,
  jkCell: CellNodeView,
  jkCard: CardNodeView,
  jkEmotions: EmotionsNodeView,
} as NodeTypes;

/** Props of `JourneyCanvas`. */
export interface JourneyCanvasProps {
  /** Show the minimap (default `true`). */
  minimap?: boolean;
  /**
   * Hide React Flow's attribution link (default `false`: shown). React Flow asks projects that hide
   * it to support it with a React Flow Pro subscription (https://reactflow.dev/pro).
   */
  hideAttribution?: boolean;
}

/**
 * The map on a React Flow canvas: pan, zoom, minimap; cards, stage and lane headers drag. It fills
 * the space its parent gives it (`flex: 1` in a flex container); place it inside a
 * `<JourneyMapProvider>` (and a `ReactFlowProvider` when a `Toolbar` sits beside it).
 *
 * @example
 * <JourneyMapProvider value={map} onChange={setMap} style={{ height: 600 }}>
 *   <JourneyCanvas minimap={false} />
 * </JourneyMapProvider>
 */
export function JourneyCanvas({ minimap = true, hideAttribution = false }: JourneyCanvasProps) {
  const store = useStoreApi();
  const map = useJourneyMapStore((s) => s.map);
  const hidden = useJourneyMapStore((s) => s.hiddenPersonaIds);
  const readOnly = useJourneyMapStore((s) => s.readOnly);
  const container = useRef<HTMLDivElement>(null);
  const minimapBox = minimapSize(useElementWidth(container));
  const layout = useMemo(
    () =>
      layoutJourneyMap(map, { title: false, hiddenPersonaIds: hidden, measureText: browserTextMeasurer() }),
    [map, hidden],
  );
  const layoutNodes = useMemo(() => buildNodes(layout, readOnly), [layout, readOnly]);
  const [nodes, setNodes] = useState<JourneyNode[]>(layoutNodes);
  useEffect(() => setNodes(layoutNodes), [layoutNodes]);

  const onNodesChange = useCallback((changes: NodeChange<JourneyNode>[]) => {
    setNodes((current) => {
      const byId = new Map(current.map((n) => [n.id, n]));
      // Stage headers move along their row, lane headers along their column.
      const constrained = changes.map((change) => {
        if (change.type !== "position" || !change.position) return change;
        const node = byId.get(change.id);
        if (node?.type === "jkStage")
          return { ...change, position: { x: change.position.x, y: node.position.y } };
        if (node?.type === "jkLane")
          return { ...change, position: { x: node.position.x, y: change.position.y } };
        return change;
      });
      return applyNodeChanges(constrained, current);
    });
  }, []);

  const onNodeDragStop = useCallback(
    (_event: unknown, node: JourneyNode) => {
      const state = store.getState();
      const cx = node.position.x + (node.width ?? 0) / 2;
      const cy = node.position.y + (node.height ?? 0) / 2;
      const stageAt = layout.stages.findIndex((s) => cx >= s.x && cx < s.x + s.width);
      const laneAt = layout.lanes.findIndex((l) => cy >= l.y && cy < l.y + l.height);
      if (node.type === "jkCard") {
        const stage = layout.stages[stageAt];
        const lane = layout.lanes[laneAt];
        const id = node.data.box.id;
        if (stage && lane) {
          const siblings = layout.cards.filter(
            (c) => c.laneId === lane.id && c.stageId === stage.id && c.id !== id,
          );
          const index = siblings.filter((c) => c.y + c.height / 2 < cy).length;
          state.dispatch(moveCard, { id, laneId: lane.id, stageId: stage.id, index });
          state.select({ kind: "card", id });
        }
      } else if (node.type === "jkStage") {
        const toIndex =
          cx < (layout.stages[0]?.x ?? 0) ? 0 : stageAt < 0 ? layout.stages.length - 1 : stageAt;
        state.dispatch(moveStage, { id: node.data.column.id, toIndex });
      } else if (node.type === "jkLane") {
        const toIndex = cy < (layout.lanes[0]?.y ?? 0) ? 0 : laneAt < 0 ? layout.lanes.length - 1 : laneAt;
        state.dispatch(moveLane, { id: node.data.row.id, toIndex });
      }
      // Snap back to the layout (the dispatch, if any, produces a new one).
      setNodes(layoutNodes);
    },
    [store, layout, layoutNodes],
  );

  return (
    <div className="jk-canvas" ref={container}>
      <ReactFlow
        nodes={nodes}
        edges={[]}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onNodeDragStop={onNodeDragStop}
        nodesConnectable={false}
        elementsSelectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        zoomOnDoubleClick={false}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        disableKeyboardA11y
        nodeDragThreshold={4}
        minZoom={0.1}
        maxZoom={2.5}
        fitView
        fitViewOptions={{ padding: 0.06, maxZoom: 1 }}
        proOptions={{ hideAttribution }}
        aria-label="Journey map canvas"
      >
        <Background gap={24} size={1} className="jk-background" />
        <Controls showInteractive={false} aria-label="Zoom controls" />
        {minimap && minimapBox && (
          <MiniMap
            style={minimapBox}
            pannable
            zoomable
            className="jk-minimap"
            ariaLabel="Minimap"
            nodeColor={minimapColor}
          />
        )}
      </ReactFlow>
    </div>
  );
}

function minimapColor(node: { type?: string }): string {
  if (node.type === "jkCard") return "#f2c94c";
  if (node.type === "jkStage" || node.type === "jkLane") return "#c7cfdb";
  if (node.type === "jkEmotions") return "#b8d0ff";
  return "transparent";
}

import {
  cardDropTarget,
  createLayoutMemo,
  laneDropIndex,
  layoutJourneyMap,
  moveCard,
  moveLane,
  moveStage,
  moveTouchpoint,
  stageDropIndex,
  touchpointDropTarget,
} from "@journeykit/core";
import {
  type AriaLabelConfig,
  applyNodeChanges,
  Background,
  ControlButton,
  Controls,
  type Edge,
  type NodeChange,
  type NodeTypes,
  ReactFlow,
  useStore as useFlowStore,
} from "@xyflow/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useEditorText } from "../hooks/useEditorText.js";
import { minimapSize, useElementWidth } from "../hooks/useElementWidth.js";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import { BlueprintLineNodeView } from "./BlueprintLineNodeView.js";
import { buildNodes, type JourneyNode } from "./build-nodes.js";
import { CanvasGrid } from "./CanvasGrid.js";
import { CardNodeView } from "./CardNodeView.js";
import { CellNodeView } from "./CellNodeView.js";
import { browserTextMeasurer } from "./canvas-measurer.js";
import { EmotionsNodeView } from "./EmotionsNodeView.js";
import { JourneyStripNodeView } from "./JourneyStripNodeView.js";
import { KeyboardPlace } from "./KeyboardPlace.js";
import { keptNodeIds } from "./kept-node-ids.js";
import { LaneNodeView } from "./LaneNodeView.js";
import { LayoutMinimap } from "./LayoutMinimap.js";
import { MetricMoreNodeView } from "./MetricMoreNodeView.js";
import { MetricNodeView } from "./MetricNodeView.js";
import { OverviewLabels } from "./OverviewLabels.js";
import { OverviewWatch } from "./OverviewWatch.js";
import { clearOfMap, MIN_ZOOM } from "./readable-viewport.js";
import { StageNodeView } from "./StageNodeView.js";
import { StickyHeaders } from "./StickyHeaders.js";
import { TouchpointNodeView } from "./TouchpointNodeView.js";
import { type ReadableFit, useReadableFit, useWholeFit } from "./use-fit.js";
import { flowWindowKey, flowWindowOf } from "./visible-nodes.js";

const nodeTypes: NodeTypes = {
  jkStage: StageNodeView,
  jkLane: LaneNodeView,
  jkCell: CellNodeView,
  jkCard: CardNodeView,
  jkEmotions: EmotionsNodeView,
  jkTouchpoint: TouchpointNodeView,
  jkMetric: MetricNodeView,
  jkMetricMore: MetricMoreNodeView,
  jkJourneyStrip: JourneyStripNodeView,
  jkBlueprintLine: BlueprintLineNodeView,
} as NodeTypes;

/** The map has no edges: one array, so React Flow never sees a new one. */
const NO_EDGES: Edge[] = [];
/**
 * Below this canvas width the minimap starts hidden; above it, it starts shown only when the first fit
 * leaves it room clear of the map. A button in the zoom controls shows or hides it.
 */
const MINIMAP_MIN_WIDTH = 900;
/**
 * Above this many cards the minimap starts hidden (its button still shows it): it draws every card
 * from the layout, redrawn on each edit.
 */
const MINIMAP_MAX_CARDS = 1_500;
/**
 * Above this many cards only what is in view is drawn (with the focused item and the card being
 * edited): a card costs a few DOM nodes and a store subscription, so a 10,000-card map would otherwise
 * mount 10,000 of each. The minimap draws from the layout, so it needs no card mounted.
 */
const CULL_MIN_CARDS = 300;
/** Room the zoom controls take at the bottom-right corner, left of which the minimap sits. */
const CONTROLS_WIDTH = 44;
/** Below this canvas width (a phone) the lane titles' column is `NARROW_LANE_HEADER` wide, not 168. */
const NARROW_CANVAS = 520;
const NARROW_LANE_HEADER = 140;

/** Props of `JourneyCanvas`. */
export interface JourneyCanvasProps {
  /**
   * Offer the minimap (default `true`): shown at first on a canvas at least 900 px wide, hidden on a
   * narrower one and on a map of more than 1,500 cards; a button in the zoom controls shows or hides it.
   */
  minimap?: boolean;
  /**
   * Hide React Flow's attribution link (default `false`: shown). React Flow asks projects that hide
   * it to support it with a React Flow Pro subscription (https://reactflow.dev/pro).
   */
  hideAttribution?: boolean;
}

/**
 * The map on a React Flow canvas: pan, zoom, minimap; cards, touchpoints, stage and lane headers drag. It fills
 * the space its parent gives it (`flex: 1` in a flex container); place it inside a
 * `<JourneyMapProvider>` (and a `ReactFlowProvider` when a `Toolbar` sits beside it).
 *
 * On a map of more than 300 cards only the cells and cards in view are in the page,
 * plus the stage and lane headers, the focused item and the card being edited; arrow keys towards an
 * item off screen draw it and pan to it. The canvas then carries `data-culled`: a PNG of the live
 * element shows only what is drawn, so export such a map from the model
 * (`exportPng(element, { source: "model", map })`, or `renderSvg`).
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
  const { t, labels } = useEditorText();
  const container = useRef<HTMLDivElement>(null);
  const canvasWidth = useElementWidth(container);
  const minimapBox = minimapSize(canvasWidth);
  const [minimapChoice, setMinimapChoice] = useState<boolean | null>(null);
  const [minimapRoom, setMinimapRoom] = useState(false);
  const bigMap = useJourneyMapStore((s) => s.map.cards.length > MINIMAP_MAX_CARDS);
  const showMinimap =
    minimap && (minimapChoice ?? (canvasWidth >= MINIMAP_MIN_WIDTH && minimapRoom && !bigMap));
  const onFitted = useCallback(
    (fit: ReadableFit) =>
      setMinimapRoom(
        clearOfMap(fit.viewport, fit.bounds, fit.size, {
          width: (minimapBox?.width ?? 0) + CONTROLS_WIDTH,
          height: minimapBox?.height ?? 0,
        }),
      ),
    [minimapBox],
  );
  // One memo for this canvas's layouts: an edit re-measures only the cards it changed.
  const [layoutMemo] = useState(createLayoutMemo);
  // A phone-narrow canvas gives the lane titles a narrower column, so a stage keeps most of the width.
  const narrow = canvasWidth > 0 && canvasWidth < NARROW_CANVAS;
  const layout = useMemo(
    () =>
      layoutJourneyMap(map, {
        title: false,
        hiddenPersonaIds: hidden,
        measureText: browserTextMeasurer(),
        memo: layoutMemo,
        // The layout's own words and metric labels in the editor's language (numbers: the map's locale without one).
        locale: labels.locale,
        messages: labels.messages,
        ...(narrow ? { laneHeaderWidth: NARROW_LANE_HEADER } : {}),
      }),
    [map, hidden, layoutMemo, narrow, labels],
  );
  // React Flow's own names (its zoom buttons, minimap) in the same words. (Its node and edge hints are
  // unused: nodes are not its focus stops here, and there are no edges.)
  const ariaLabelConfig = useMemo<Partial<AriaLabelConfig>>(
    () => ({
      "controls.ariaLabel": t("canvas.zoomControls"),
      "controls.zoomIn.ariaLabel": t("zoom.in"),
      "controls.zoomOut.ariaLabel": t("zoom.out"),
      "controls.fitView.ariaLabel": t("canvas.fitWhole"),
      "minimap.ariaLabel": t("canvas.minimap"),
    }),
    [t],
  );
  // What is drawn: on a big map only the nodes in view and those the keyboard needs get built at all
  // (see DrawnPart); React Flow never sees the rest.
  const [windowKey, setWindowKey] = useState("");
  const kept = useJourneyMapStore(keptNodeIds);
  // Zoomed out past readable text: cells with counts, names in screen space, no card nodes at all.
  const [overview, setOverview] = useState(false);
  const cull = map.cards.length > CULL_MIN_CARDS && !overview;
  const part = useMemo(() => {
    if (!cull) return undefined;
    return { view: flowWindowOf(windowKey), keep: new Set(kept === "" ? [] : kept.split("\n")) };
  }, [cull, kept, windowKey]);
  const previousNodes = useRef<JourneyNode[]>([]);
  const layoutNodes = useMemo(() => {
    previousNodes.current = buildNodes(layout, readOnly, previousNodes.current, part, overview);
    return previousNodes.current;
  }, [layout, readOnly, part, overview]);
  const [nodes, setNodes] = useState<JourneyNode[]>(layoutNodes);
  // New nodes replace the shown ones in the same render (not in an effect, a second pass over every
  // node); a node being dragged stays where the pointer has it.
  const [shownLayout, setShownLayout] = useState(layoutNodes);
  if (shownLayout !== layoutNodes) {
    setShownLayout(layoutNodes);
    setNodes((current) => withDragged(layoutNodes, current));
  }

  const onNodesChange = useCallback((changes: NodeChange<JourneyNode>[]) => {
    setNodes((current) => {
      // Stage headers move along their row, lane headers along their column (looked up only for them).
      const headers = changes.some(
        (c) => c.type === "position" && (c.id.startsWith("stage:") || c.id.startsWith("lane:")),
      );
      const byId = headers ? new Map(current.map((n) => [n.id, n])) : undefined;
      const constrained = changes.map((change) => {
        if (change.type !== "position" || !change.position || !byId) return change;
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
      if (node.type === "jkCard") {
        const id = node.data.box.id;
        const target = cardDropTarget(layout, { x: cx, y: cy }, id);
        if (target) {
          state.dispatch(moveCard, { id, ...target });
          state.select({ kind: "card", id });
        }
      } else if (node.type === "jkTouchpoint") {
        const id = node.data.box.id;
        const target = touchpointDropTarget(layout, { x: cx, y: cy }, id);
        if (target) state.dispatch(moveTouchpoint, { id, ...target });
        state.select({ kind: "touchpoint", id });
      } else if (node.type === "jkStage") {
        state.dispatch(moveStage, { id: node.data.column.id, toIndex: stageDropIndex(layout, cx) });
      } else if (node.type === "jkLane") {
        state.dispatch(moveLane, { id: node.data.row.id, toIndex: laneDropIndex(layout, cy) });
      }
      // Snap back to the layout (the dispatch, if any, produces a new one).
      setNodes(layoutNodes);
    },
    [store, layout, layoutNodes],
  );

  return (
    <div
      className="jk-canvas"
      ref={container}
      data-culled={cull ? "" : undefined}
      data-overview={overview ? "" : undefined}
    >
      <ReactFlow
        nodes={nodes}
        edges={NO_EDGES}
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
        minZoom={MIN_ZOOM}
        maxZoom={2.5}
        proOptions={{ hideAttribution }}
        ariaLabelConfig={ariaLabelConfig}
        aria-label={t("canvas.label")}
      >
        <CanvasGrid layout={layout} />
        <Background gap={24} size={1} className="jk-background" />
        <InitialFit onFitted={onFitted} />
        {cull && <ViewWindow onChange={setWindowKey} />}
        <OverviewWatch canvas={container} onChange={setOverview} />
        {overview && <OverviewLabels layout={layout} />}
        <StickyHeaders canvas={container} left={layout.options.padding} top={layout.headerRow.y} />
        <KeyboardPlace canvas={container} nodes={nodes} />
        {/* Bottom right: bottom left is where the lane titles stay while the map pans. */}
        <Controls
          position="bottom-right"
          showInteractive={false}
          showFitView={false}
          aria-label={t("canvas.zoomControls")}
        >
          <FitButton />
          {minimap && minimapBox && (
            <ControlButton
              className="jk-minimap-toggle"
              onClick={() => setMinimapChoice(!showMinimap)}
              aria-pressed={showMinimap}
              aria-label={t(showMinimap ? "canvas.hideMinimap" : "canvas.showMinimap")}
              title={t(showMinimap ? "canvas.hideMinimap" : "canvas.showMinimap")}
            >
              <svg viewBox="0 0 16 16" aria-hidden="true">
                <rect x="1.5" y="3.5" width="13" height="9" rx="1" fill="none" stroke="currentColor" />
                <rect x="8" y="7" width="5" height="4" fill="currentColor" />
              </svg>
            </ControlButton>
          )}
        </Controls>
        {showMinimap && minimapBox && (
          <LayoutMinimap
            layout={layout}
            size={minimapBox}
            label={t("canvas.minimap")}
            style={{ marginRight: 15 + CONTROLS_WIDTH }}
          />
        )}
      </ReactFlow>
    </div>
  );
}

/** The first fit, once React Flow knows the canvas's size: the whole map, or its first stages at readable text. */
function InitialFit({ onFitted }: { onFitted: (fit: ReadableFit) => void }) {
  const fit = useReadableFit();
  const ready = useFlowStore((s) => s.width > 0 && s.height > 0 && s.nodes.length > 0);
  const done = useRef(false);
  useEffect(() => {
    if (!ready || done.current) return;
    const fitted = fit();
    if (!fitted) return;
    done.current = true;
    onFitted(fitted);
  }, [ready, fit, onFitted]);
  return null;
}

/** `nodes` with the nodes of `current` being dragged in place of theirs (or added, when out of view). */
function withDragged(nodes: JourneyNode[], current: JourneyNode[]): JourneyNode[] {
  const dragged = current.filter((n) => n.dragging);
  if (dragged.length === 0) return nodes;
  const byId = new Map(dragged.map((n) => [n.id, n]));
  const merged = nodes.map((n) => {
    const drag = byId.get(n.id);
    byId.delete(n.id);
    return drag ?? n;
  });
  return [...merged, ...byId.values()];
}

/** Reports the window of the flow to draw (`flowWindowKey`) when the viewport moves past its snapped edges. */
function ViewWindow({ onChange }: { onChange: (key: string) => void }) {
  const key = useFlowStore((s) => flowWindowKey(s.transform, s.width, s.height));
  useEffect(() => onChange(key), [key, onChange]);
  return null;
}

/** React Flow's fit button: the whole journey (the toolbar's Readable returns to readable text). */
function FitButton() {
  const fit = useWholeFit();
  const { t } = useEditorText();
  return (
    <ControlButton
      className="react-flow__controls-fitview"
      onClick={() => fit({ duration: 200 })}
      aria-label={t("canvas.fitWhole")}
      title={t("canvas.fitWhole")}
    >
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 30" aria-hidden="true">
        <path d="M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" />
      </svg>
    </ControlButton>
  );
}

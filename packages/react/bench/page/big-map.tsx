import "@xyflow/react/dist/style.css";
import "../../src/styles/index.css";
import { type JourneyMap, layoutJourneyMap } from "@journeykit/core";
import {
  applyNodeChanges,
  ControlButton,
  Controls,
  MiniMap,
  type Node,
  type NodeChange,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
} from "@xyflow/react";
import { useCallback, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { browserTextMeasurer } from "../../src/canvas/canvas-measurer.js";
import { JourneyMapEditor } from "../../src/index.js";

// The page of `big-map.bench.test.ts`. `?mode=` picks what is drawn, always in the same page:
// - `layout`: nothing; `window.benchLayout` holds the card boxes and stage columns of `layoutJourneyMap`
//   (with the canvas's own text measurer), which the runner hands to the bare pages.
// - `journeykit`: `<JourneyMapEditor>` on the map.
// - `bare`, `bare-vis`: `<ReactFlow>` with one plain, controlled node per card, of the card's size and
//   position, in a box where the editor's canvas is and at the editor's first viewport (`-vis`:
//   `onlyRenderVisibleElements`), with React Flow's controls (fit animated over 200 ms like the editor's)
//   and a button (`.jk-minimap-toggle`, as in the editor) that shows or hides React Flow's `<MiniMap>`.
// The runner injects the input before any script runs (`window.benchInput`), for every mode alike.

type Box = [id: string, x: number, y: number, width: number, height: number];
type Rect = { left: number; top: number; width: number; height: number };
type Viewport = { x: number; y: number; zoom: number };
interface BenchInput {
  map: JourneyMap;
  boxes: Box[];
  /** Where the editor's canvas sits on the page and its first viewport (from a journeykit run). */
  canvas?: { rect: Rect; viewport: Viewport };
}
/** What the runner waits for: a change made by an input, seen on screen. */
type Expect =
  | { kind: "text"; id: string; text: string; committed: boolean }
  | { kind: "drop"; id: string; columnLeft: number; columnRight: number }
  /** The viewport moved away from `from`, stopped, and what it shows is drawn (cards, or overview cells). */
  | { kind: "fit"; from: Viewport }
  /** The minimap is drawn, and so is everything in view. */
  | { kind: "minimap" };

const w = window as unknown as Record<string, unknown>;
const input = w.benchInput as BenchInput;
const mode = new URLSearchParams(location.search).get("mode") ?? "journeykit";
const bare = mode.startsWith("bare");

/** The time just after the frame that follows now has been painted (rAF, then a task after the frame). */
function afterNextPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    }),
  );
}

/** Waits for the first frame in which `check` holds, then for that frame to be painted. */
function paintedWhen(check: () => boolean): Promise<number> {
  return new Promise((resolve) => {
    const poll = () => {
      if (!check()) return void requestAnimationFrame(poll);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    };
    requestAnimationFrame(poll);
  });
}

/** The React Flow node element drawing card `id`. */
function nodeOf(id: string): HTMLElement | null {
  if (bare) return document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);
  return (
    document
      .querySelector<HTMLElement>(`[data-card-id="${id}"]`)
      ?.closest<HTMLElement>(".react-flow__node") ?? null
  );
}

function viewportNow(): Viewport | null {
  const element = document.querySelector<HTMLElement>(".react-flow__viewport");
  const match = element?.style.transform.match(
    /translate\(([-\d.e]+)px, ?([-\d.e]+)px\) scale\(([-\d.e]+)\)/,
  );
  return match ? { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) } : null;
}

/** Every card whose box is on screen is in the DOM and shown (React Flow hides a node until measured). */
function visibleCardsShown(): boolean {
  const pane = document.querySelector<HTMLElement>(".react-flow");
  const viewport = viewportNow();
  if (!pane || !viewport) return false;
  // The editor starts at (0, 0, 1) and fits once React Flow knows the canvas's size: wait for the fit.
  if (!bare && viewport.x === 0 && viewport.y === 0 && viewport.zoom === 1) return false;
  const { width, height } = pane.getBoundingClientRect();
  // One pass over the DOM per frame (a query per card would cost the page more than the render).
  const nodes = new Map<string, HTMLElement>();
  if (bare)
    for (const n of document.querySelectorAll<HTMLElement>(".react-flow__node")) nodes.set(n.dataset.id!, n);
  else
    for (const card of document.querySelectorAll<HTMLElement>("[data-card-id]")) {
      const n = card.closest<HTMLElement>(".react-flow__node");
      if (n) nodes.set(card.dataset.cardId!, n);
    }
  let shown = 0;
  for (const [id, x, y, bw, bh] of input.boxes) {
    const left = viewport.x + x * viewport.zoom;
    const top = viewport.y + y * viewport.zoom;
    if (left > width || top > height || left + bw * viewport.zoom < 0 || top + bh * viewport.zoom < 0)
      continue;
    const node = nodes.get(id);
    if (!node || node.style.visibility === "hidden") return false;
    shown++;
  }
  return shown > 0;
}

/** What the canvas shows is drawn: in journeykit's overview every mounted node, else every card in view. */
function contentShown(): boolean {
  if (document.querySelector(".jk-canvas[data-overview]")) {
    const nodes = [...document.querySelectorAll<HTMLElement>(".react-flow__node")];
    return nodes.length > 0 && nodes.every((n) => n.style.visibility !== "hidden");
  }
  return visibleCardsShown();
}

let lastViewport = "";
/** The viewport left `from` and is where it was in the previous frame (checked before the costlier content). */
function settledAwayFrom(from: Viewport): boolean {
  const now = viewportNow();
  const key = JSON.stringify(now);
  const stable = key === lastViewport;
  lastViewport = key;
  if (!now || !stable || (now.x === from.x && now.y === from.y && now.zoom === from.zoom)) return false;
  return contentShown();
}

function minimapDrawn(): boolean {
  const svg = document.querySelector(".react-flow__minimap svg");
  return !!svg && svg.querySelectorAll("rect, path").length > 1;
}

let dropRect: DOMRect | null = null;
function seen(expect: Expect): boolean {
  if (expect.kind === "fit") return settledAwayFrom(expect.from);
  if (expect.kind === "minimap") return minimapDrawn() && contentShown();
  const node = nodeOf(expect.id);
  if (!node) return false;
  if (expect.kind === "text") {
    if (bare) return node.textContent?.endsWith(expect.text) ?? false;
    const editor = node.querySelector<HTMLTextAreaElement>("textarea");
    if (!expect.committed) return editor?.value.endsWith(expect.text) ?? false;
    return !editor && (node.querySelector(".jk-card-text")?.textContent?.endsWith(expect.text) ?? false);
  }
  if (node.classList.contains("dragging")) return false;
  const rect = node.getBoundingClientRect();
  const centre = rect.left + rect.width / 2;
  if (centre < expect.columnLeft || centre > expect.columnRight) return false;
  // journeykit moves the card into a slot of the cell it was dropped on; bare React Flow leaves it there.
  return (
    bare || !dropRect || Math.abs(rect.left - dropRect.left) > 0.5 || Math.abs(rect.top - dropRect.top) > 0.5
  );
}

let pending: Promise<number> | null = null;
let frames: number[] | null = null;

w.bench = {
  /** First render: navigation start to the painted frame with every on-screen card shown. */
  ready: mode === "layout" ? Promise.resolve(0) : paintedWhen(visibleCardsShown),
  canvas(): { rect: Rect; viewport: Viewport } {
    const r = document.querySelector<HTMLElement>(".react-flow")!.getBoundingClientRect();
    return { rect: { left: r.left, top: r.top, width: r.width, height: r.height }, viewport: viewportNow()! };
  },
  /**
   * Arms a measure: from the next `event` (its timestamp, so time spent queued counts) to the painted
   * frame in which `expect` holds.
   */
  arm(event: "keydown" | "pointerup" | "click", expect: Expect) {
    dropRect = null;
    lastViewport = "";
    pending = new Promise<number>((resolve) => {
      const onEvent = (e: Event) => {
        window.removeEventListener(event, onEvent, true);
        const now = performance.now();
        const start = e.timeStamp > 0 && e.timeStamp <= now ? e.timeStamp : now;
        if (expect.kind === "drop") dropRect = nodeOf(expect.id)?.getBoundingClientRect() ?? null;
        void paintedWhen(() => seen(expect)).then((end) => resolve(end - start));
      };
      window.addEventListener(event, onEvent, true);
    });
  },
  measured: () => pending,
  startFrames() {
    const recorded: number[] = [];
    frames = recorded;
    let last = performance.now();
    const loop = (now: number) => {
      if (frames !== recorded) return;
      recorded.push(now - last);
      last = now;
      requestAnimationFrame(loop);
    };
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(loop);
    });
  },
  stopFrames(): number[] {
    const recorded = frames ?? [];
    frames = null;
    return recorded;
  },
  /** DOM elements and JS heap after two full GCs (Chromium with --js-flags=--expose-gc). */
  async memory() {
    const gc = (window as unknown as { gc?: () => void }).gc;
    if (!gc) throw new Error("window.gc is missing: launch Chromium with --js-flags=--expose-gc");
    gc();
    await afterNextPaint();
    gc();
    const heap = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;
    if (!heap) throw new Error("performance.memory is missing");
    return { dom: document.querySelectorAll("*").length, heap };
  },
  /** A point inside the canvas where a drag pans (no card or header under it). */
  panPoint(): { x: number; y: number } | null {
    const r = document.querySelector<HTMLElement>(".react-flow")!.getBoundingClientRect();
    for (let fy = 0.5; fy < 0.95; fy += 0.03)
      for (let fx = 0.4; fx < 0.95; fx += 0.03) {
        const x = r.left + r.width * fx;
        const y = r.top + r.height * fy;
        const hit = document.elementFromPoint(x, y);
        if (hit?.closest(".react-flow__renderer") && !hit.closest(".nopan, .react-flow__panel"))
          return { x, y };
      }
    return null;
  },
};

/** Bare React Flow: a controlled node per card (it moves when dragged); keys retitle card `benchEditId`. */
function BareFlow({ visibleOnly }: { visibleOnly: boolean }) {
  const [nodes, setNodes] = useState<Node[]>(() => {
    const text = new Map(input.map.cards.map((c) => [c.id, c.text]));
    return input.boxes.map(([id, x, y, width, height]) => ({
      id,
      position: { x, y },
      width,
      height,
      data: { label: text.get(id) ?? "" },
      style: { width, height, padding: 6, fontSize: 13, textAlign: "left", overflow: "hidden" },
    }));
  });
  const onNodesChange = useCallback(
    (changes: NodeChange[]) => setNodes((n) => applyNodeChanges(changes, n)),
    [],
  );
  const { updateNodeData } = useReactFlow();
  const [minimap, setMinimap] = useState(false);
  useEffect(() => {
    // The bare edit: one node's label changes through updateNodeData, as React Flow documents it.
    const onKey = (event: KeyboardEvent) => {
      const id = w.benchEditId as string | undefined;
      if (!id || (event.key.length !== 1 && event.key !== "Enter")) return;
      const add = event.key === "Enter" ? " ✓" : event.key;
      updateNodeData(id, (n) => ({ label: `${n.data.label as string}${add}` }));
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [updateNodeData]);
  const { rect, viewport } = input.canvas!;
  return (
    <div
      style={{ position: "absolute", left: rect.left, top: rect.top, width: rect.width, height: rect.height }}
    >
      <ReactFlow
        nodes={nodes}
        edges={[]}
        onNodesChange={onNodesChange}
        defaultViewport={viewport}
        minZoom={0.1}
        maxZoom={2.5}
        onlyRenderVisibleElements={visibleOnly}
      >
        <Controls position="bottom-right" showInteractive={false} fitViewOptions={{ duration: 200 }}>
          <ControlButton className="jk-minimap-toggle" onClick={() => setMinimap(!minimap)}>
            m
          </ControlButton>
        </Controls>
        {minimap && <MiniMap style={{ width: 200, height: 150, marginRight: 59 }} pannable zoomable />}
      </ReactFlow>
    </div>
  );
}

if (mode === "layout") {
  const layout = layoutJourneyMap(input.map, { title: false, measureText: browserTextMeasurer() });
  w.benchLayout = {
    boxes: layout.cards.map((b): Box => [b.id, b.x, b.y, b.width, b.height]),
    stages: layout.stages.map((s) => ({ id: s.id, x: s.x, width: s.width })),
  };
} else {
  createRoot(document.getElementById("root")!).render(
    bare ? (
      <ReactFlowProvider>
        <BareFlow visibleOnly={mode === "bare-vis"} />
      </ReactFlowProvider>
    ) : (
      <div style={{ height: "100vh" }}>
        <JourneyMapEditor defaultValue={input.map} />
      </div>
    ),
  );
}

import "@xyflow/react/dist/style.css";
import "../../src/styles/index.css";
import { type Node, ReactFlow, ReactFlowProvider } from "@xyflow/react";
import { createRoot } from "react-dom/client";
import { generateMap } from "../../../core/bench/generate-map.js";
import { exportPng } from "../../../export/src/index.js";
import { JourneyMapEditor } from "../../src/index.js";

// ?mode=journeykit|bare — the same number of cards as nodes, measured to first visible render.
const params = new URLSearchParams(location.search);
const mode = params.get("mode") ?? "journeykit";
const map = generateMap({ stages: 20, lanes: 10, cardsPerCell: 5, personas: 3 });
const expected = map.cards.length;
const bareNodes: Node[] = map.cards.map((card, i) => ({
  id: card.id,
  position: { x: (i % 40) * 220, y: Math.floor(i / 40) * 90 },
  data: { label: card.text },
  style: { width: 200, height: 70 },
}));

const start = performance.now();
const root = createRoot(document.getElementById("root")!);
root.render(
  mode === "bare" ? (
    <ReactFlowProvider>
      <div style={{ height: "100vh" }}>
        <ReactFlow nodes={bareNodes} edges={[]} fitView />
      </div>
    </ReactFlowProvider>
  ) : (
    <div style={{ height: "100vh" }}>
      <JourneyMapEditor defaultValue={map} />
    </div>
  ),
);

function ready() {
  const nodes = document.querySelectorAll<HTMLElement>(
    mode === "bare" ? ".react-flow__node" : "[data-card-id]",
  );
  const visible =
    nodes.length >= expected &&
    [...nodes].every(
      (n) => (n.closest(".react-flow__node") as HTMLElement | null)?.style.visibility !== "hidden",
    );
  if (visible) (window as unknown as { benchResult: number }).benchResult = performance.now() - start;
  else requestAnimationFrame(ready);
}
requestAnimationFrame(ready);

/** Times one PNG export of what is on the page (16:9 slide at pixel ratio 2). */
(window as unknown as { exportBench: (source?: "dom" | "model") => Promise<number> }).exportBench = async (
  source = "dom",
) => {
  const root = document.querySelector<HTMLElement>(mode === "bare" ? ".react-flow" : ".jk-root")!;
  const started = performance.now();
  const blob = await exportPng(root, { preset: "16:9", pixelRatio: 2, source, map });
  if (blob.size < 10_000) throw new Error("blank export");
  return performance.now() - started;
};

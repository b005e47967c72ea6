import { useStoreApi as useFlowStoreApi } from "@xyflow/react";
import { type RefObject, useEffect } from "react";

/**
 * Keeps the lane titles at the canvas's left edge and the stage headers at its top edge while the map
 * pans under them, without a React render per frame: on each viewport change (and when nodes come or
 * go) it sets the `transform` of the `.jk-lane` and `.jk-stage` elements itself (a handful), never a
 * style inherited by the whole canvas. The canvas carries `data-stage-shift` (flow pixels the stage
 * headers moved down; read by the focus pan and by canvas.css for their shadow) while they are held.
 * `left`: flow x of the lane titles; `top`: flow y of the stage headers.
 */
export function StickyHeaders({
  canvas,
  left,
  top,
}: {
  canvas: RefObject<HTMLElement | null>;
  left: number;
  top: number;
}) {
  const flow = useFlowStoreApi();
  useEffect(() => {
    let shown = "";
    let nodes: unknown;
    const apply = () => {
      const element = canvas.current;
      if (!element) return;
      const state = flow.getState();
      const [x, y, zoom] = state.transform;
      const laneShift = Math.max(0, Math.round(-x / zoom - left));
      const stageShift = Math.max(0, Math.round(-y / zoom - top));
      const key = `${laneShift},${stageShift}`;
      if (key === shown && state.nodes === nodes) return;
      shown = key;
      nodes = state.nodes;
      const lane = laneShift ? `translateX(${laneShift}px)` : "";
      const stage = stageShift ? `translateY(${stageShift}px)` : "";
      for (const el of element.querySelectorAll<HTMLElement>(".jk-lane")) el.style.transform = lane;
      for (const el of element.querySelectorAll<HTMLElement>(".jk-stage")) el.style.transform = stage;
      if (stageShift > 0) element.dataset.stageShift = String(stageShift);
      else delete element.dataset.stageShift;
    };
    apply();
    // New nodes are mounted after the store changes: once more on the next frame for new headers.
    let frame = 0;
    const unsubscribe = flow.subscribe((state, previous) => {
      apply();
      if (state.nodes === previous.nodes) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        nodes = undefined;
        apply();
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      unsubscribe();
    };
  }, [flow, canvas, left, top]);
  return null;
}

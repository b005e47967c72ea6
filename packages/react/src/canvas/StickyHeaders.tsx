import { useStoreApi as useFlowStoreApi } from "@xyflow/react";
import { type RefObject, useEffect } from "react";

/**
 * Keeps the lane titles at the canvas's left edge and the stage headers at its top edge while the map
 * pans under them, without a React render per frame: on each viewport change it sets, on the canvas
 * element, `--jk-lane-shift` and `--jk-stage-shift` (flow pixels the headers move right and down,
 * 0 while their column or row is in view; canvas.css applies them) and `data-stage-shift` (read by the
 * focus pan). `left`: flow x of the lane titles; `top`: flow y of the stage headers.
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
    const apply = () => {
      const element = canvas.current;
      if (!element) return;
      const [x, y, zoom] = flow.getState().transform;
      const laneShift = Math.max(0, Math.round(-x / zoom - left));
      const stageShift = Math.max(0, Math.round(-y / zoom - top));
      const key = `${laneShift},${stageShift}`;
      if (key === shown) return;
      shown = key;
      element.style.setProperty("--jk-lane-shift", `${laneShift}px`);
      element.style.setProperty("--jk-stage-shift", `${stageShift}px`);
      if (stageShift > 0) element.dataset.stageShift = String(stageShift);
      else delete element.dataset.stageShift;
    };
    apply();
    return flow.subscribe(apply);
  }, [flow, canvas, left, top]);
  return null;
}

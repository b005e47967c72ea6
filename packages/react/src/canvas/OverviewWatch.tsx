import { useStoreApi as useFlowStoreApi } from "@xyflow/react";
import { type RefObject, useEffect } from "react";
import { isOverviewZoom } from "./readable-viewport.js";

/**
 * Tells the canvas when the zoom crosses into or out of its overview (`isOverviewZoom`), once per
 * crossing, and keeps the zoom in the canvas's `--jk-zoom` CSS variable while in it (the overview's
 * counts and curve keep a readable size on screen), without a React render per frame.
 */
export function OverviewWatch({
  canvas,
  onChange,
}: {
  canvas: RefObject<HTMLElement | null>;
  onChange: (overview: boolean) => void;
}) {
  const flow = useFlowStoreApi();
  useEffect(() => {
    let shown: boolean | undefined;
    const apply = () => {
      const zoom = flow.getState().transform[2];
      const overview = isOverviewZoom(zoom);
      if (overview) canvas.current?.style.setProperty("--jk-zoom", String(zoom));
      if (overview === shown) return;
      shown = overview;
      if (!overview) canvas.current?.style.removeProperty("--jk-zoom");
      onChange(overview);
    };
    apply();
    return flow.subscribe((state, previous) => {
      if (state.transform[2] !== previous.transform[2]) apply();
    });
  }, [flow, canvas, onChange]);
  return null;
}

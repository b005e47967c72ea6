import { useStoreApi as useFlowStoreApi } from "@xyflow/react";
import { useEffect, useRef } from "react";

/** Where the canvas looks: its pan (`x`, `y`, in screen pixels) and `zoom` (1 = 100 %). */
export interface EditorViewport {
  x: number;
  y: number;
  zoom: number;
}

/**
 * Calls `listener` with the viewport whenever it changes: a pan, a zoom, a fit (the first one too),
 * `focusStage`. Reads React Flow's store without re-rendering anything. Use inside the editor's React
 * Flow provider.
 */
export function useViewportListener(listener: ((viewport: EditorViewport) => void) | undefined): void {
  const flowStore = useFlowStoreApi();
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(
    () =>
      flowStore.subscribe((state, previous) => {
        if (state.transform === previous.transform) return;
        const [x, y, zoom] = state.transform;
        latest.current?.({ x, y, zoom });
      }),
    [flowStore],
  );
}

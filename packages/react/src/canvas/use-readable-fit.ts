import { getNodesBounds, useStoreApi as useFlowStoreApi, useReactFlow } from "@xyflow/react";
import { useCallback } from "react";
import { readableViewport } from "./readable-viewport.js";

/** Card text size of the canvas's layout (layoutJourneyMap's default). */
const CARD_FONT_SIZE = 13;

/**
 * A "fit" that keeps card text readable: the whole map when it fits at >= 11 px card text, else the
 * first stages at that size (see `readableViewport`). Use inside the editor's React Flow provider.
 *
 * @example
 * const fit = useReadableFit();
 * <button onClick={() => fit({ duration: 200 })}>Fit</button>
 */
export function useReadableFit(): (options?: { duration?: number }) => boolean {
  const flow = useReactFlow();
  const flowStore = useFlowStoreApi();
  return useCallback(
    (options = {}) => {
      const { width, height } = flowStore.getState();
      const nodes = flow.getNodes();
      if (width === 0 || height === 0 || nodes.length === 0) return false;
      void flow.setViewport(
        readableViewport(getNodesBounds(nodes), { width, height }, CARD_FONT_SIZE),
        options,
      );
      return true;
    },
    [flow, flowStore],
  );
}

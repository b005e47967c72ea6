import type { Rect } from "@journeykit/core";
import { getNodesBounds, useStoreApi as useFlowStoreApi, useReactFlow } from "@xyflow/react";
import { useCallback } from "react";
import { type FitViewport, readableViewport } from "./readable-viewport.js";

/** What a fit did: the viewport it chose for the map's bounds in a canvas of that size. */
export interface ReadableFit {
  viewport: FitViewport;
  bounds: Rect;
  size: { width: number; height: number };
}

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
export function useReadableFit(): (options?: { duration?: number }) => ReadableFit | null {
  const flow = useReactFlow();
  const flowStore = useFlowStoreApi();
  return useCallback(
    (options = {}) => {
      const { width, height } = flowStore.getState();
      const nodes = flow.getNodes();
      if (width === 0 || height === 0 || nodes.length === 0) return null;
      const bounds = getNodesBounds(nodes);
      const size = { width, height };
      const viewport = readableViewport(bounds, size, CARD_FONT_SIZE);
      void flow.setViewport(viewport, options);
      return { viewport, bounds, size };
    },
    [flow, flowStore],
  );
}

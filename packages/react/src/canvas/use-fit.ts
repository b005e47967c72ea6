import type { Rect } from "@journeykit/core";
import { useStoreApi as useFlowStoreApi, useReactFlow } from "@xyflow/react";
import { useCallback } from "react";
import { CARD_FONT_SIZE, type FitViewport, readableViewport, wholeViewport } from "./readable-viewport.js";

/** What a fit did: the viewport it chose for the map's bounds in a canvas of that size. */
export interface ReadableFit {
  viewport: FitViewport;
  bounds: Rect;
  size: { width: number; height: number };
}

type Fit = (options?: { duration?: number }) => ReadableFit | null;

/** A fit that places the map's bounds by `choose` (inside the editor's React Flow provider). */
function useFitWith(choose: (bounds: Rect, size: { width: number; height: number }) => FitViewport): Fit {
  const flow = useReactFlow();
  const flowStore = useFlowStoreApi();
  return useCallback(
    (options = {}) => {
      const { width, height } = flowStore.getState();
      const nodes = flow.getNodes();
      if (width === 0 || height === 0 || nodes.length === 0) return null;
      const bounds = flow.getNodesBounds(nodes);
      const size = { width, height };
      const viewport = choose(bounds, size);
      void flow.setViewport(viewport, options);
      return { viewport, bounds, size };
    },
    [flow, flowStore, choose],
  );
}

const readable = (bounds: Rect, size: { width: number; height: number }) =>
  readableViewport(bounds, size, CARD_FONT_SIZE);

/**
 * A "fit" that keeps card text readable: the whole map when it fits at >= 11 px card text, else the
 * first stages at that size (see `readableViewport`). Use inside the editor's React Flow provider.
 *
 * @example
 * const fit = useReadableFit();
 * <button onClick={() => fit({ duration: 200 })}>Readable</button>
 */
export function useReadableFit(): Fit {
  return useFitWith(readable);
}

/**
 * A fit that shows the whole journey, every stage and lane, on any screen (see `wholeViewport`);
 * where card text would be unreadable the canvas shows its overview. Use inside the editor's React
 * Flow provider.
 *
 * @example
 * const fit = useWholeFit();
 * <button onClick={() => fit({ duration: 200 })}>Fit</button>
 */
export function useWholeFit(): Fit {
  return useFitWith(wholeViewport);
}

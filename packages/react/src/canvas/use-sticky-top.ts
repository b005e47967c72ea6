import { type ReactFlowState, useStore } from "@xyflow/react";
import { useCallback } from "react";

/**
 * How far (in flow pixels) a node at flow y `top` must shift down to stay at the canvas's top edge: 0
 * while its row is in view, more as the map pans up under it. Re-renders only when the shift changes,
 * so a stage header follows the viewport's x and zoom but not its y.
 */
export function useStickyTop(top: number): number {
  const selector = useCallback(
    (s: ReactFlowState) => Math.max(0, Math.round(-s.transform[1] / s.transform[2] - top)),
    [top],
  );
  return useStore(selector);
}

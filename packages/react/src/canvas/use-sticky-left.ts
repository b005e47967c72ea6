import { type ReactFlowState, useStore } from "@xyflow/react";
import { useCallback } from "react";

/**
 * How far (in flow pixels) a node at flow x `left` must shift right to stay at the canvas's left
 * edge: 0 while its column is in view, more as the map pans left under it. Re-renders only when
 * the shift changes, so a lane title follows the viewport's y and zoom but not its x.
 */
export function useStickyLeft(left: number): number {
  const selector = useCallback(
    (s: ReactFlowState) => Math.max(0, Math.round(-s.transform[0] / s.transform[2] - left)),
    [left],
  );
  return useStore(selector);
}

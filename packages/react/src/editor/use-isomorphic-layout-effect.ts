import { useEffect, useLayoutEffect } from "react";

/**
 * `useLayoutEffect` in the browser (it runs before the paint), `useEffect` on a server, where React 18
 * warns about layout effects and neither runs.
 */
export const useIsomorphicLayoutEffect = typeof window === "undefined" ? useEffect : useLayoutEffect;

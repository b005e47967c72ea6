import { type RefObject, useEffect, useState } from "react";

/** The width of an element, kept current by a ResizeObserver; 0 until it is first measured. */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/**
 * The minimap's size for a canvas this wide: React Flow's 200 x 150 on a wide canvas, smaller on a
 * narrow one so it does not cover the map, none below 520 px. Unmeasured (0) counts as wide.
 */
export function minimapSize(canvasWidth: number): { width: number; height: number } | null {
  if (canvasWidth === 0 || canvasWidth >= 900) return { width: 200, height: 150 };
  if (canvasWidth >= 520) return { width: 140, height: 105 };
  return null;
}

import { type TouchEvent, useRef } from "react";

/** How far a finger must travel sideways, and more sideways than down, to count as a swipe. */
const SWIPE = 60;

/**
 * A sideways swipe on an element: `onSwipe(1)` for a swipe to the left (the next page comes in from
 * the right), `onSwipe(-1)` to the right. A scroll (mostly up or down) is not a swipe, and neither is
 * a finger that starts in a text field (selecting what was typed).
 *
 * @example
 * <div {...useSwipe((step) => show(index + step))}>…</div>
 */
export function useSwipe(onSwipe: (step: 1 | -1) => void) {
  const start = useRef<{ x: number; y: number } | null>(null);
  return {
    onTouchStart(event: TouchEvent) {
      const touch = event.touches[0];
      const inField = event.target instanceof Element && event.target.closest("input, textarea") !== null;
      start.current =
        event.touches.length === 1 && touch && !inField ? { x: touch.clientX, y: touch.clientY } : null;
    },
    onTouchEnd(event: TouchEvent) {
      const from = start.current;
      const touch = event.changedTouches[0];
      start.current = null;
      if (!from || !touch) return;
      const dx = touch.clientX - from.x;
      const dy = touch.clientY - from.y;
      if (Math.abs(dx) >= SWIPE && Math.abs(dx) > 2 * Math.abs(dy)) onSwipe(dx < 0 ? 1 : -1);
    },
  };
}

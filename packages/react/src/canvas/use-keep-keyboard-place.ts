import { useContext, useEffect } from "react";
import { RootElementContext } from "../editor/root-context.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import { focusGridItem } from "./focus-grid-item.js";
import { activeGridItem, gridItemOf, gridItemSelector } from "./grid-item.js";
import { isInMap, placeAfterRemoval } from "./place-after-removal.js";

/** Frames to wait for React to draw a map without the focused place. */
const FRAMES = 10;

/**
 * Keeps a keyboard user in the map when a change takes away the card, stage or lane they are on: their
 * own Undo (of the card they just added), a host's `value`, or another participant's edit in a live
 * session. The browser would drop focus to the page, where Ctrl+Z, N and the arrow keys no longer
 * reach the editor. Focus goes instead to the nearest place left (`placeAfterRemoval`: the next card
 * in the same cell, else the cell), or to the map's Tab stop. Changes that leave their place alone
 * leave focus alone.
 */
export function useKeepKeyboardPlace(): void {
  const store = useStoreApi();
  const root = useContext(RootElementContext);
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.map === previous.map) return;
        const element = root?.current;
        const page = element?.ownerDocument;
        const active = page?.activeElement;
        // Read before React renders the new map: the focused element is still in the page.
        if (!element || !page || !active || !element.contains(active)) return;
        const place = gridItemOf(active.closest("[data-grid]"));
        if (!place || isInMap(state.map, place)) return;
        const near = (map: typeof state.map) =>
          placeAfterRemoval(previous.map, map, place) ?? activeGridItem(store.getState());
        const selector = gridItemSelector(place);
        const settle = (frames: number) =>
          requestAnimationFrame(() => {
            const now = page.activeElement;
            const onRemoved = !!now?.isConnected && now.matches(selector);
            // React has not drawn the new map yet (a slow frame): the removed place still has focus.
            if (onRemoved && frames > 0) return void settle(frames - 1);
            // Someone (Delete's own handler, the person) already put focus somewhere: leave it there.
            if (now && now !== page.body && now.isConnected && !onRemoved) return;
            // Looked up again: another change may have removed that place meanwhile.
            const next = near(store.getState().map);
            if (next) focusGridItem(element, next, true);
          });
        settle(FRAMES);
      }),
    [store, root],
  );
}

import { useStore as useFlowStore, useReactFlow } from "@xyflow/react";
import { useEffect } from "react";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import type { Selection } from "../store/selection.js";

/** How often this user's pointer is shared at most (ms): smooth for the others, light on the wire. */
export const POINTER_INTERVAL_MS = 30;

/** The stage a selection is about (a stage, or the stage of a selected card). */
function stageOf(selection: Selection | null, cards: { id: string; stageId: string }[]): string | null {
  if (!selection) return null;
  if (selection.kind === "stage") return selection.id;
  if (selection.kind === "card") return cards.find((c) => c.id === selection.id)?.stageId ?? null;
  return null;
}

/**
 * Shares this user's presence while the editor collaborates: the pointer in flow (map) coordinates,
 * at most every {@link POINTER_INTERVAL_MS} ms, `null` when it leaves the canvas; the selected record
 * and the stage looked at. Must be used inside the editor's ReactFlow provider.
 */
export function useSharedPresence(): void {
  const store = useStoreApi();
  const flow = useReactFlow();
  const pane = useFlowStore((s) => s.domNode);
  const adapter = useJourneyMapStore((s) => s.collaboration);

  useEffect(() => {
    if (!adapter || !pane) return;
    const presence = adapter.presence;
    let last = 0;
    let pending: ReturnType<typeof setTimeout> | undefined;
    let latest: { x: number; y: number } | null = null;
    const send = () => {
      pending = undefined;
      last = Date.now();
      presence.setLocal({ pointer: latest });
    };
    const onMove = (event: PointerEvent) => {
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }, { snapToGrid: false });
      latest = { x: Math.round(point.x), y: Math.round(point.y) };
      const wait = POINTER_INTERVAL_MS - (Date.now() - last);
      if (wait <= 0) send();
      else pending ??= setTimeout(send, wait);
    };
    const onLeave = () => {
      clearTimeout(pending);
      pending = undefined;
      latest = null;
      presence.setLocal({ pointer: null });
    };
    pane.addEventListener("pointermove", onMove);
    pane.addEventListener("pointerleave", onLeave);
    return () => {
      pane.removeEventListener("pointermove", onMove);
      pane.removeEventListener("pointerleave", onLeave);
      clearTimeout(pending);
      presence.setLocal({ pointer: null });
    };
  }, [adapter, pane, flow]);

  useEffect(() => {
    if (!adapter) return;
    const share = (selection: Selection | null) => {
      const { map } = store.getState();
      adapter.presence.setLocal({
        selection: selection && selection.kind !== "map" ? [selection.id] : [],
        focusedStage: stageOf(selection, map.cards),
      });
    };
    share(store.getState().selection);
    return store.subscribe((state, previous) => {
      if (state.selection !== previous.selection) share(state.selection);
    });
  }, [adapter, store]);
}

import { useStore as useFlowStore } from "@xyflow/react";
import { type RefObject, useEffect, useLayoutEffect, useRef } from "react";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import type { FocusTarget } from "../store/focus-target.js";
import { gridItemOf, gridItemSelector } from "./grid-item.js";

const quoted = (value: string) => value.replace(/["\\]/g, "\\$&");

/** A CSS selector for a place's element (an emotion point: its slider, or the "+" that adds it). */
export function focusTargetSelector(target: FocusTarget): string {
  if (target.kind !== "emotion") return gridItemSelector(target);
  return `[data-persona-id="${quoted(target.personaId)}"] [tabindex][data-stage-id="${quoted(target.stageId)}"]`;
}

/** The place an element of the canvas is (or is inside), if any. */
export function focusTargetOf(element: Element): FocusTarget | null {
  const item = gridItemOf(element.closest("[data-grid]"));
  if (item) return item;
  const point = element.closest<SVGElement | HTMLElement>("[tabindex][data-stage-id]");
  const personaId = point?.closest<SVGElement | HTMLElement>("[data-persona-id]")?.dataset.personaId;
  const stageId = point?.dataset.stageId;
  return personaId && stageId ? { kind: "emotion", personaId, stageId } : null;
}

/**
 * The keyboard user's place on the canvas, kept in the store (`focusTarget`) both ways. Where focus
 * goes in the page is noted (a place of this canvas, or `null` for anywhere else) unless a request is
 * waiting to be applied. And each
 * `requestFocus` is applied in one layout effect after the render that draws its place: the element is
 * focused (without the browser scrolling the canvas; `CanvasGrid` pans the map to it). React Flow draws
 * the nodes it is given one render later (its store takes them in an effect), so a request waits for the
 * render in which React Flow has the canvas's `nodes`, and lapses when its place is not in the page
 * then (a card on an overview zoomed out past cards). Culled parts of a big map are no concern: the
 * canvas draws the focus target (see `keptNodeIds`), in the same render.
 */
export function KeyboardPlace({
  canvas,
  nodes,
}: {
  canvas: RefObject<HTMLElement | null>;
  /** The nodes the canvas gives React Flow. */
  nodes: readonly unknown[];
}) {
  const store = useStoreApi();
  const request = useJourneyMapStore((s) => s.focusRequest);
  const drawn = useFlowStore((s) => s.nodes);
  const applied = useRef(request);
  useLayoutEffect(() => {
    // Until React Flow has the canvas's nodes, the page shows the previous map: a moved touchpoint is
    // still in its old stage, a removed card still there. The next render, then.
    if (applied.current === request || drawn !== nodes) return;
    applied.current = request;
    const target = store.getState().focusTarget;
    const element = target
      ? canvas.current?.querySelector<HTMLElement | SVGElement>(focusTargetSelector(target))
      : null;
    element?.focus({ preventScroll: true });
  }, [store, canvas, request, drawn, nodes]);
  useEffect(() => {
    const page = canvas.current?.ownerDocument;
    const onFocusIn = (event: FocusEvent) => {
      // A request not applied yet keeps its place: React putting focus back on an element it moved
      // while committing the render that asked is not the person going somewhere.
      if (applied.current !== store.getState().focusRequest) return;
      const on = event.target;
      const inside = on instanceof Element && !!canvas.current?.contains(on);
      store.getState().setFocusTarget(inside ? focusTargetOf(on) : null);
    };
    page?.addEventListener("focusin", onFocusIn);
    return () => page?.removeEventListener("focusin", onFocusIn);
  }, [store, canvas]);
  return null;
}

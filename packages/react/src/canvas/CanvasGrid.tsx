import type { JourneyLayout } from "@journeykit/core";
import { useReactFlow } from "@xyflow/react";
import { useEffect, useRef } from "react";
import { pasteLinesAsCards } from "../commands/paste-lines-as-cards.js";
import { isTextField } from "../editor/is-text-field.js";
import { useEditorText } from "../hooks/useEditorText.js";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import { cellOfItem, gridElementId, gridItemOf } from "./grid-item.js";

/** Room kept between a focused item and the canvas edge when the canvas pans to it. */
const MARGIN = 32;

/**
 * The map as an ARIA grid for keyboards and screen readers: rows are lanes (a lane header, then one
 * cell per stage), the first row holds the stage headers. React Flow places every node on its own, so
 * the grid's rows own their cells by id (`aria-owns`). It also pans the canvas to whatever gets focus
 * (never letting the browser scroll it) and turns text pasted on a cell or card into cards.
 */
export function CanvasGrid({ layout }: { layout: JourneyLayout }) {
  const store = useStoreApi();
  const { t } = useEditorText();
  const flow = useReactFlow();
  const instanceId = useJourneyMapStore((s) => s.instanceId);
  const grid = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const canvas = grid.current?.closest(".react-flow") as HTMLElement | null;
    const root = canvas?.closest(".jk-root") ?? canvas;
    if (!canvas || !root) return;
    let pointerInside = false;
    // True from a press on the canvas until its click: what the pointer focuses is already in view. A
    // touch focuses on the mouse events a browser makes up after the finger lifts, so it holds until
    // the click, or a moment after the release when no click comes (a drag).
    let pressing = false;
    let release: ReturnType<typeof setTimeout> | undefined;
    const onPointerDown = (event: PointerEvent) => {
      pointerInside = root.contains(event.target as Node);
      pressing = canvas.contains(event.target as Node);
      clearTimeout(release);
    };
    const onPointerUp = () => {
      clearTimeout(release);
      release = setTimeout(() => {
        pressing = false;
      }, 400);
    };
    const onPressEnd = () => {
      clearTimeout(release);
      pressing = false;
    };
    // Pan so the element focused by keyboard (or by code) is in view (clear of the sticky lane titles
    // on the left and the zoom controls on the right, with its stage header when both fit); undo any
    // scroll the browser gave the canvas's boxes.
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target as HTMLElement;
      if (!target.closest(".react-flow__nodes")) return;
      for (
        let el: HTMLElement | null = target.parentElement;
        el && el !== canvas.parentElement;
        el = el.parentElement
      ) {
        if (el.scrollTop) el.scrollTop = 0;
        if (el.scrollLeft) el.scrollLeft = 0;
      }
      // A click focuses what the person pointed at: panning under the pointer between press and release
      // would move the button away, and the click (a +1 vote, a card) would be lost.
      if (pressing) return;
      const view = canvas.getBoundingClientRect();
      if (view.width === 0 || view.height === 0) return;
      const box = target.getBoundingClientRect();
      const item = gridItemOf(target);
      const laneTitles = target.closest(".jk-lane") ? null : canvas.querySelector(".jk-lane");
      const left = Math.max(view.left, laneTitles?.getBoundingClientRect().right ?? view.left) + MARGIN / 2;
      const right = view.right - 2 * MARGIN;
      let top = box.top;
      let minTop = view.top + MARGIN / 2;
      const cell = item && cellOfItem(store.getState().map, item);
      const header = cell
        ? canvas.querySelector<HTMLElement>(`.jk-stage[data-stage-id="${CSS.escape(cell.stageId)}"]`)
        : null;
      if (header) {
        // Where the header is in the map (it may be held at the top edge, `data-stage-shift` lower).
        const headerBox = header.getBoundingClientRect();
        const shift = header.closest<HTMLElement>("[data-stage-shift]")?.dataset.stageShift;
        const stuck = Number(shift ?? 0) * flow.getViewport().zoom;
        const headerTop = headerBox.top - stuck;
        if (box.bottom - headerTop <= view.height - 2 * MARGIN) top = headerTop;
        // Else clear of the header held at the top edge.
        else minTop += headerBox.height;
      }
      const within = (start: number, end: number, min: number, max: number) =>
        start < min ? min - start : end > max ? Math.max(max - end, min - start) : 0;
      const dx = within(box.left, box.right, left, right);
      const dy = within(top, box.bottom, minTop, view.bottom - MARGIN);
      if (dx || dy) {
        const { x, y, zoom } = flow.getViewport();
        void flow.setViewport({ x: x + dx, y: y + dy, zoom });
      }
    };
    const onPaste = (event: ClipboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.defaultPrevented || isTextField(target)) return;
      const inside = !!target && root.contains(target);
      const nowhere = !target || target === document.body || target === document.documentElement;
      if (!inside && !(nowhere && pointerInside)) return;
      const state = store.getState();
      if (state.readOnly) return;
      const item = gridItemOf(target?.closest?.("[data-grid]") ?? null);
      const cell = item && cellOfItem(state.map, item);
      event.preventDefault();
      if (!cell) {
        state.reportError([{ path: "", message: t("paste.noCell") }]);
        return;
      }
      const ids = pasteLinesAsCards(store, cell, event.clipboardData?.getData("text/plain") ?? "");
      const last = ids.at(-1);
      if (last) state.requestFocus({ kind: "card", id: last });
      else state.reportError([{ path: "", message: t("paste.noText") }]);
    };
    canvas.addEventListener("focusin", onFocusIn);
    document.addEventListener("pointerdown", onPointerDown, true);
    document.addEventListener("pointerup", onPointerUp, true);
    document.addEventListener("pointercancel", onPointerUp, true);
    document.addEventListener("click", onPressEnd, true);
    // A release the page never saw (outside the window) must not keep keyboard focus from panning.
    document.addEventListener("keydown", onPressEnd, true);
    document.addEventListener("paste", onPaste);
    return () => {
      document.removeEventListener("pointerup", onPointerUp, true);
      document.removeEventListener("pointercancel", onPointerUp, true);
      document.removeEventListener("click", onPressEnd, true);
      document.removeEventListener("keydown", onPressEnd, true);
      clearTimeout(release);
      canvas.removeEventListener("focusin", onFocusIn);
      document.removeEventListener("pointerdown", onPointerDown, true);
      document.removeEventListener("paste", onPaste);
    };
  }, [store, flow, t]);

  const id = (item: Parameters<typeof gridElementId>[1]) => gridElementId(instanceId, item);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a <table> cannot own the canvas's absolutely placed nodes; rows own them by id
    <div
      ref={grid}
      className="jk-sr-only"
      role="grid"
      aria-label={t("grid.label")}
      aria-rowcount={layout.lanes.length + 1}
      aria-colcount={layout.stages.length + 1}
    >
      {/* biome-ignore lint/a11y/useSemanticElements: see the grid above */}
      {/* biome-ignore lint/a11y/useFocusableInteractive: a row is not a Tab stop; its cells are (roving tabindex) */}
      <div role="row" aria-owns={layout.stages.map((s) => id({ kind: "stage", id: s.id })).join(" ")} />
      {layout.lanes.map((lane) => (
        // biome-ignore lint/a11y/useSemanticElements: see the grid above
        // biome-ignore lint/a11y/useFocusableInteractive: a row is not a Tab stop; its cells are (roving tabindex)
        <div
          key={lane.id}
          role="row"
          aria-owns={[
            id({ kind: "lane", id: lane.id }),
            ...layout.stages.map((s) => id({ kind: "cell", laneId: lane.id, stageId: s.id })),
          ].join(" ")}
        />
      ))}
    </div>
  );
}

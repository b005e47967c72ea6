import {
  duplicateCard,
  duplicateStage,
  type JourneyMap,
  removeCard,
  removeLane,
  removeStage,
} from "@journeykit/core";
import { type KeyboardEvent, useCallback } from "react";
import { addCardToCell } from "../canvas/CellNodeView.js";
import { focusCard } from "../canvas/focus-card.js";
import type { JourneyMapStore } from "../store/create-journey-map-store.js";

const NOT_TEXT_INPUTS = ["button", "checkbox", "color", "file", "image", "radio", "range", "reset", "submit"];

/** Where the browser's own undo and keys belong: text inputs, text areas, selects, editable text. */
const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target.tagName === "TEXTAREA" ||
    target.tagName === "SELECT" ||
    (target instanceof HTMLInputElement && !NOT_TEXT_INPUTS.includes(target.type)));

/** Buttons and other controls keep their own keys (Enter, Space, Delete), but not Ctrl+Z/Y/D. */
const isControl = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.tagName === "BUTTON" || target.tagName === "INPUT" || target.tagName === "A");

/** Cards in reading order: stage by stage, lane by lane, as the layout draws them. */
function neighbour(map: JourneyMap, id: string, key: string): string | undefined {
  const card = map.cards.find((c) => c.id === id);
  if (!card) return undefined;
  const stageIndex = map.stages.findIndex((s) => s.id === card.stageId);
  const laneIndex = map.lanes.findIndex((l) => l.id === card.laneId);
  const cell = (laneId: string, stageId: string) =>
    map.cards.filter((c) => c.laneId === laneId && c.stageId === stageId);
  const own = cell(card.laneId, card.stageId);
  const at = own.indexOf(card);
  if (key === "ArrowDown") {
    if (at < own.length - 1) return own[at + 1]!.id;
    for (const lane of map.lanes.slice(laneIndex + 1)) {
      const next = cell(lane.id, card.stageId)[0];
      if (next) return next.id;
    }
  }
  if (key === "ArrowUp") {
    if (at > 0) return own[at - 1]!.id;
    for (const lane of map.lanes.slice(0, laneIndex).reverse()) {
      const next = cell(lane.id, card.stageId).at(-1);
      if (next) return next.id;
    }
  }
  const stages =
    key === "ArrowRight"
      ? map.stages.slice(stageIndex + 1)
      : key === "ArrowLeft"
        ? map.stages.slice(0, stageIndex).reverse()
        : [];
  for (const stage of stages) {
    const next = cell(card.laneId, stage.id)[Math.min(at, cell(card.laneId, stage.id).length - 1)];
    if (next) return next.id;
  }
  return undefined;
}

/**
 * The editor's keyboard shortcuts, scoped to its root element (never window-wide, so two editors on
 * a page do not fight): undo/redo, delete, duplicate, N for a new card, Enter to edit, arrows to move.
 * Ctrl/Cmd+Z, +Y and +D work wherever focus is inside the editor except in text fields (where the
 * browser's own text undo belongs): right after a vote or a toolbar click, too.
 */
export function useEditorKeyboard(store: JourneyMapStore, root: () => HTMLElement | null) {
  return useCallback(
    (event: KeyboardEvent) => {
      if (isTextField(event.target)) return;
      const state = store.getState();
      const mod = event.metaKey || event.ctrlKey;
      if (!mod && isControl(event.target)) return;
      const key = event.key.toLowerCase();
      const focus = (id: string) => focusCard(root(), id);
      let handled = true;
      if (mod && key === "z" && !event.shiftKey) state.undo();
      else if (mod && ((key === "z" && event.shiftKey) || key === "y")) state.redo();
      else if (mod && key === "d") {
        const s = state.selection;
        if (s?.kind === "card") state.dispatch(duplicateCard, { id: s.id });
        else if (s?.kind === "stage") state.dispatch(duplicateStage, { id: s.id });
      } else if (mod) handled = false;
      else if (key === "delete" || key === "backspace") {
        const s = state.selection;
        if (s?.kind === "card") {
          const next = neighbour(state.map, s.id, "ArrowDown") ?? neighbour(state.map, s.id, "ArrowUp");
          state.dispatch(removeCard, { id: s.id });
          if (next) focus(next);
        } else if (s?.kind === "stage") state.dispatch(removeStage, { id: s.id });
        else if (s?.kind === "lane") state.dispatch(removeLane, { id: s.id });
        else handled = false;
      } else if (key === "enter" && state.selection?.kind === "card") state.editCard(state.selection.id);
      else if (key === "escape") state.select(null);
      else if (event.key === "?") state.showShortcuts(true);
      else if (key === "n" && !event.altKey) {
        const cell =
          state.focusedCell ??
          (state.map.lanes[0] && state.map.stages[0]
            ? { laneId: state.map.lanes[0].id, stageId: state.map.stages[0].id }
            : null);
        if (cell) addCardToCell(store, cell.laneId, cell.stageId);
      } else if (key.startsWith("arrow") && state.selection?.kind === "card") {
        const next = neighbour(state.map, state.selection.id, event.key);
        if (next) {
          state.select({ kind: "card", id: next });
          focus(next);
        }
      } else handled = false;
      if (handled) {
        event.preventDefault();
        event.stopPropagation();
      }
    },
    [store, root],
  );
}

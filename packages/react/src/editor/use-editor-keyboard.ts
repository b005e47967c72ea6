import { duplicateCard, duplicateStage, removeCard, removeLane, removeStage } from "@journeykit/core";
import { type KeyboardEvent, useCallback } from "react";
import { focusGridItem } from "../canvas/focus-grid-item.js";
import { cellOfItem, type GridItem, gridItemOf } from "../canvas/grid-item.js";
import { nextGridItem } from "../canvas/next-grid-item.js";
import { addCardToCell } from "../commands/add-card-to-cell.js";
import { targetCell } from "../commands/target-cell.js";
import type { JourneyMapStore } from "../store/create-journey-map-store.js";
import { isTextField } from "./is-text-field.js";

/** Buttons and other controls keep their own keys (Enter, Space, Delete), but not Ctrl+Z/Y/D. */
const isControl = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.tagName === "BUTTON" || target.tagName === "INPUT" || target.tagName === "A");

const MOVES = ["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End"];

/**
 * The editor's keyboard shortcuts, scoped to its root element (never window-wide, so two editors on
 * a page do not fight). The map is a grid: arrow keys move between stage headers, lane headers, cells
 * and the cards in them; Enter or N on a cell adds a card and opens it for typing; Enter or F2 edits a
 * card's text or renames a stage or lane; Escape goes from a card back to its cell. Ctrl/Cmd+Z, +Y and
 * +D work wherever focus is inside the editor except in text fields (where the browser's own text undo
 * belongs): right after a vote or a toolbar click, too. The full list is `SHORTCUTS`.
 */
export function useEditorKeyboard(store: JourneyMapStore, root: () => HTMLElement | null) {
  return useCallback(
    (event: KeyboardEvent) => {
      if (isTextField(event.target)) return;
      const state = store.getState();
      const mod = event.metaKey || event.ctrlKey;
      const item = mod || event.altKey ? null : gridItemOf(event.target);
      if (!mod && !item && isControl(event.target)) return;
      const key = event.key.toLowerCase();
      const focus = (to: GridItem, defer = false) => focusGridItem(root(), to, defer);
      let handled = true;
      if (mod && key === "z" && !event.shiftKey) state.undo();
      else if (mod && ((key === "z" && event.shiftKey) || key === "y")) state.redo();
      else if (mod && key === "d") {
        const s = state.selection;
        if (s?.kind === "card") state.dispatch(duplicateCard, { id: s.id });
        else if (s?.kind === "stage") state.dispatch(duplicateStage, { id: s.id });
      } else if (mod) handled = false;
      else if (item && MOVES.includes(event.key)) {
        // At an edge nothing moves, and the page does not scroll either.
        const next = nextGridItem(state.map, item, event.key);
        if (next) focus(next);
      } else if (item?.kind === "cell" && (key === "enter" || key === "n")) {
        addCardToCell(store, { laneId: item.laneId, stageId: item.stageId });
      } else if ((item?.kind === "stage" || item?.kind === "lane") && (key === "enter" || key === "f2")) {
        if (!state.readOnly) state.startRenaming(item);
      } else if (item?.kind === "card" && (key === "enter" || key === "f2")) {
        state.editCard(item.id);
      } else if (item?.kind === "card" && key === "escape") {
        const cell = cellOfItem(state.map, item);
        if (cell) focus({ kind: "cell", ...cell });
      } else if (key === "delete" || key === "backspace") {
        const s = state.selection;
        if (s?.kind === "card") {
          const card = state.map.cards.find((c) => c.id === s.id);
          const siblings = state.map.cards.filter(
            (c) => c.laneId === card?.laneId && c.stageId === card?.stageId,
          );
          const at = siblings.findIndex((c) => c.id === s.id);
          const next = siblings[at + 1] ?? siblings[at - 1];
          state.dispatch(removeCard, { id: s.id });
          if (next) focus({ kind: "card", id: next.id }, true);
          else if (card) focus({ kind: "cell", laneId: card.laneId, stageId: card.stageId }, true);
        } else if (s?.kind === "stage") state.dispatch(removeStage, { id: s.id });
        else if (s?.kind === "lane") state.dispatch(removeLane, { id: s.id });
        else handled = false;
      } else if (key === "enter" && state.selection?.kind === "card") state.editCard(state.selection.id);
      else if (key === "escape") state.select(null);
      else if (event.key === "?") state.showShortcuts(true);
      else if (key === "n" && !event.altKey) {
        const cell = targetCell(state);
        if (cell) addCardToCell(store, cell);
      } else if (MOVES.includes(event.key) && state.selection?.kind === "card") {
        const next = nextGridItem(state.map, { kind: "card", id: state.selection.id }, event.key);
        if (next) focus(next);
      } else handled = false;
      if (handled) {
        event.preventDefault();
        event.stopPropagation();
      }
    },
    [store, root],
  );
}

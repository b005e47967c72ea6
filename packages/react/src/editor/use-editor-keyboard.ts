import {
  duplicateCard,
  duplicateStage,
  removeCard,
  removeLane,
  removeStage,
  removeTouchpoint,
} from "@journeykit/core";
import { type KeyboardEvent, useCallback } from "react";
import { cellOfItem, type GridItem, gridItemOf, touchpointsLaneOf } from "../canvas/grid-item.js";
import { nameTouchpoint } from "../canvas/name-touchpoint.js";
import { nextGridItem } from "../canvas/next-grid-item.js";
import { placeAfterRemoval } from "../canvas/place-after-removal.js";
import { addCardToCell } from "../commands/add-card-to-cell.js";
import { addTouchpointToStage } from "../commands/add-touchpoint-to-stage.js";
import { isNudgeKey, nudgeTouchpoint } from "../commands/nudge-touchpoint.js";
import { targetCell } from "../commands/target-cell.js";
import type { EditorText } from "../i18n/editor-catalogue.js";
import type { JourneyMapStore } from "../store/create-journey-map-store.js";
import { recordById } from "../store/record-index.js";
import type { Cell } from "../store/selection.js";
import { isTextField } from "./is-text-field.js";

/** Buttons and other controls keep their own keys (Enter, Space, Delete), but not Ctrl+Z/Y/D. */
const isControl = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.tagName === "BUTTON" || target.tagName === "INPUT" || target.tagName === "A");

const MOVES = ["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End"];

/**
 * The editor's keyboard shortcuts, scoped to its root element (never window-wide, so two editors on
 * a page do not fight). The map is a grid: arrow keys move between stage headers, lane headers, cells
 * and the touchpoints and cards in them; Enter or N on a cell adds a card (a touchpoint in the
 * Touchpoints lane) and opens it for typing; Alt+arrows move a touchpoint between and within stages; Enter or F2 edits a
 * card's text or renames a stage or lane; Escape goes from a card back to its cell. Ctrl/Cmd+Z, +Y and
 * +D work wherever focus is inside the editor except in text fields (where the browser's own text undo
 * belongs): right after a vote or a toolbar click, too. The full list is `SHORTCUTS`. New records are
 * named in `text`'s language.
 */
export function useEditorKeyboard(store: JourneyMapStore, root: () => HTMLElement | null, text: EditorText) {
  return useCallback(
    (event: KeyboardEvent) => {
      if (isTextField(event.target)) return;
      const state = store.getState();
      const mod = event.metaKey || event.ctrlKey;
      const on = gridItemOf(event.target);
      const item = mod || event.altKey ? null : on;
      // The touchpoint the keys act on: the one focused, else the one selected (focus off the grid).
      const touchpointId =
        on?.kind === "touchpoint"
          ? on.id
          : !on && state.selection?.kind === "touchpoint"
            ? state.selection.id
            : "";
      const touchpoint = recordById(state.map.touchpoints, touchpointId);
      if (!mod && !item && !(on?.kind === "touchpoint") && isControl(event.target)) return;
      const key = event.key.toLowerCase();
      /** Focus goes there once the canvas has drawn it (the store's focus target). */
      const focus = (to: GridItem) => state.requestFocus(to);
      /** A new touchpoint at the end of a stage, opened for naming. */
      const addTouchpoint = (stageId: string | undefined) =>
        nameTouchpoint(store, root(), addTouchpointToStage(store, text, stageId));
      /** N's new record in a cell: a touchpoint in the Touchpoints lane, else a card. */
      const addTo = (cell: Cell) => {
        if (touchpointsLaneOf(state.map)?.id === cell.laneId) addTouchpoint(cell.stageId);
        else addCardToCell(store, cell);
      };
      let handled = true;
      if (touchpoint && event.altKey && !mod && !event.shiftKey && isNudgeKey(event.key)) {
        // Even at an edge the key is taken: Alt+← must not take the browser back a page.
        if (nudgeTouchpoint(store, touchpoint.id, event.key))
          focus({ kind: "touchpoint", id: touchpoint.id });
      } else if (mod && key === "z" && !event.shiftKey) state.undo();
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
        addTo({ laneId: item.laneId, stageId: item.stageId });
      } else if (item?.kind === "touchpoint" && key === "n") {
        addTouchpoint(touchpoint?.stageId);
      } else if (item?.kind === "touchpoint" && (key === "enter" || key === "f2")) {
        state.select({ kind: "touchpoint", id: item.id });
        nameTouchpoint(store, root(), item.id);
      } else if ((item?.kind === "stage" || item?.kind === "lane") && (key === "enter" || key === "f2")) {
        if (!state.readOnly) state.startRenaming(item);
      } else if (item?.kind === "card" && (key === "enter" || key === "f2")) {
        state.editCard(item.id);
      } else if ((item?.kind === "card" || item?.kind === "touchpoint") && key === "escape") {
        const cell = cellOfItem(state.map, item);
        if (cell) focus({ kind: "cell", ...cell });
      } else if (key === "delete" || key === "backspace") {
        const s = state.selection;
        if (touchpoint) {
          const before = state.map;
          const place = { kind: "touchpoint", id: touchpoint.id } as const;
          state.dispatch(removeTouchpoint, { id: touchpoint.id });
          const near = placeAfterRemoval(before, store.getState().map, place);
          if (near && store.getState().map !== before) focus(near);
        } else if (s?.kind === "card") {
          const card = state.map.cards.find((c) => c.id === s.id);
          const siblings = state.map.cards.filter(
            (c) => c.laneId === card?.laneId && c.stageId === card?.stageId,
          );
          const at = siblings.findIndex((c) => c.id === s.id);
          const next = siblings[at + 1] ?? siblings[at - 1];
          state.dispatch(removeCard, { id: s.id });
          if (next) focus({ kind: "card", id: next.id });
          else if (card) focus({ kind: "cell", laneId: card.laneId, stageId: card.stageId });
        } else if (s?.kind === "stage") state.dispatch(removeStage, { id: s.id });
        else if (s?.kind === "lane") state.dispatch(removeLane, { id: s.id });
        else handled = false;
      } else if (key === "enter" && state.selection?.kind === "card") state.editCard(state.selection.id);
      else if (key === "escape") state.select(null);
      else if (event.key === "?") state.showShortcuts(true);
      else if (key === "n" && !event.altKey) {
        const cell = targetCell(state);
        if (touchpoint) addTouchpoint(touchpoint.stageId);
        // N on a card is the next card in its cell, in the Touchpoints lane too.
        else if (cell && state.selection?.kind === "card") addCardToCell(store, cell);
        else if (cell) addTo(cell);
      } else if (MOVES.includes(event.key) && state.selection?.kind === "card") {
        const next = nextGridItem(state.map, { kind: "card", id: state.selection.id }, event.key);
        if (next) focus(next);
      } else handled = false;
      if (handled) {
        event.preventDefault();
        event.stopPropagation();
      }
    },
    [store, root, text],
  );
}

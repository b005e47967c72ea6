import { addCard, type Card, createCard, defineOperation, LIMITS } from "@journeykit/core";
import type { JourneyMapStore } from "../store/create-journey-map-store.js";
import type { Cell } from "../store/selection.js";

/** Adds several cards in one operation (so one undo step). */
const addCards = defineOperation("addCards", (draft, { records }: { records: Card[] }) => {
  for (const record of records) addCard.recipe(draft, { record });
});

/** The non-empty lines of a text (trimmed, a list's bullet removed), each cut at the text limit. */
export function cardLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line
        .trim()
        .replace(/^([-*•]|\d+[.)])\s+/, "")
        .slice(0, LIMITS.maxTextLength),
    )
    .filter((line) => line !== "");
}

/**
 * Pastes text into a cell as one card per non-empty line (as on a whiteboard), at the end of the cell,
 * in one undo step; selects the last new card. Returns the new cards' ids (none for blank text or a
 * read-only editor).
 *
 * @example
 * pasteLinesAsCards(store, { laneId, stageId }, "Waits\nCalls the waiter\n");
 */
export function pasteLinesAsCards(store: JourneyMapStore, cell: Cell, text: string): string[] {
  const state = store.getState();
  if (state.readOnly) return [];
  const records = cardLines(text).map((line) =>
    createCard({ laneId: cell.laneId, stageId: cell.stageId, text: line }),
  );
  if (records.length === 0) return [];
  state.dispatch(addCards, { records });
  const added = new Set(store.getState().map.cards.map((c) => c.id));
  const ids = records.map((r) => r.id).filter((id) => added.has(id));
  const last = ids.at(-1);
  if (last) {
    state.focusCell(cell);
    state.select({ kind: "card", id: last });
  }
  return ids;
}

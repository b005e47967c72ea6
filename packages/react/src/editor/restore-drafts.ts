import { collectionOfKind, type JourneyMap } from "@journeykit/core";
import type { StoreApi } from "zustand/vanilla";
import { INSPECTOR_TAB, type PanelState, PERSONAS_TAB } from "../panels/panel-store.js";
import type { JourneyMapStore, Renaming } from "../store/create-journey-map-store.js";
import type { Draft } from "../store/draft.js";
import { recordById } from "../store/record-index.js";
import type { Selection } from "../store/selection.js";

/** The record a draft was typed into, as the map holds it now; undefined when it is gone. */
function recordOf(map: JourneyMap, { kind, id }: Selection): Record<string, unknown> | undefined {
  if (kind === "map") return id === map.id ? (map as unknown as Record<string, unknown>) : undefined;
  return recordById<{ id: string }>(map[collectionOfKind(kind)], id);
}

/**
 * Reopen drafts a host kept (after a reload or a crash) where they were typed: a card opens for
 * editing with its text, a header's rename field with the typed name, the Inspector or Personas tab
 * on the record with the typed field, a persona's board. Returns the drafts it could not reopen (the
 * record is gone, the editor is read-only, or another draft already holds that place: one card, one
 * rename, one selected record and one board at a time), so the host can offer their text back. A
 * draft whose text the map already holds is done: neither reopened nor returned.
 */
export function restoreDrafts(
  store: JourneyMapStore,
  panels: StoreApi<PanelState>,
  drafts: readonly Draft[],
): Draft[] {
  const state = store.getState();
  if (state.readOnly) return [...drafts];
  const reopened: Draft[] = [];
  const notRestored: Draft[] = [];
  /** What each place shows: one selected record (a card being edited is one), one rename, one board. */
  let selection: Selection | undefined;
  let editing: string | undefined;
  let renaming: Renaming | undefined;
  let board: string | undefined;
  const keyOf = (value: string | Selection) =>
    typeof value === "string" ? value : `${value.kind}:${value.id}`;
  const claim = <T extends string | Selection>(held: T | undefined, wanted: T) =>
    held === undefined || keyOf(held) === keyOf(wanted);
  for (const draft of drafts) {
    const { target, place, field } = draft;
    const record = recordOf(state.map, target);
    const { kind, id } = target;
    let placed = record !== undefined;
    if (placed && place === "canvas" && (field === "text" || field === "name")) {
      // The card's text, the stage's name, the lane's title, as the map holds it now.
      const current = record![kind === "card" ? "text" : kind === "stage" ? "name" : "title"];
      // Already on the map: nothing to reopen. A card still empty opens again (it was new, and its
      // text was never typed or never kept), so it does not stay behind as an "Empty card".
      if (current === draft.text && (kind !== "card" || current !== "")) continue;
      if (kind === "card") {
        placed = claim(editing, id) && claim(selection, target);
        if (placed) [editing, selection] = [id, target];
      } else {
        placed = (kind === "stage" || kind === "lane") && claim(renaming, { kind, id });
        if (placed) renaming = { kind, id } as Renaming;
      }
    } else if (placed && place === "inspector") {
      placed = claim(selection, target);
      if (placed) selection = target;
    } else {
      placed &&= place === "personaBoard" && kind === "persona" && claim(board, id);
      if (placed) board = id;
    }
    (placed ? reopened : notRestored).push(draft);
  }
  // The fields take their text up when they show (or at once, when they already do).
  store.drafts.getState().restore(reopened);
  if (selection) {
    state.select(selection);
    panels.getState().show(selection.kind === "persona" ? PERSONAS_TAB : INSPECTOR_TAB);
  }
  if (editing) state.editCard(editing);
  if (renaming) state.startRenaming(renaming);
  if (board) panels.getState().openBoard(board);
  return notRestored;
}

import type { JourneyMap } from "@journeykit/core";
import type { StoreApi } from "zustand/vanilla";
import { INSPECTOR_TAB, type PanelState, PERSONAS_TAB } from "../panels/panel-store.js";
import type { JourneyMapStore, Renaming } from "../store/create-journey-map-store.js";
import type { Draft } from "../store/draft.js";
import { recordById } from "../store/record-index.js";
import type { Selection } from "../store/selection.js";

/** The record a draft was typed into, as the map holds it now; undefined when it is gone. */
function recordOf(map: JourneyMap, target: Selection): object | undefined {
  switch (target.kind) {
    case "map":
      return target.id === map.id ? map : undefined;
    case "card":
      return recordById(map.cards, target.id);
    case "stage":
      return recordById(map.stages, target.id);
    case "lane":
      return recordById(map.lanes, target.id);
    case "touchpoint":
      return recordById(map.touchpoints, target.id);
    case "persona":
      return recordById(map.personas, target.id);
    case "moment":
      return recordById(map.momentsOfTruth, target.id);
    case "metric":
      return recordById(map.metrics, target.id);
    case "emotion":
      return recordById(map.emotions, target.id);
  }
}

const sameTarget = (a: Selection, b: Selection) => a.kind === b.kind && a.id === b.id;

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
  const map = state.map;
  const reopened: Draft[] = [];
  const notRestored: Draft[] = [];
  let selection: Selection | undefined;
  let editing: string | undefined;
  let renaming: Renaming | undefined;
  let board: string | undefined;
  /** One record is selected: a card being edited is, and the Inspector shows one record. */
  const select = (target: Selection) => {
    if (selection && !sameTarget(selection, target)) return false;
    selection = target;
    return true;
  };
  for (const draft of drafts) {
    const { target, place, field } = draft;
    const record = recordOf(map, target);
    if (!record) {
      notRestored.push(draft);
      continue;
    }
    let placed = false;
    if (place === "canvas" && target.kind === "card" && field === "text") {
      const text = (record as { text: string }).text;
      // Already on the map: nothing to reopen. A card still empty opens again (it was new, and its
      // text was never typed or never kept), so it does not stay behind as an "Empty card".
      if (text === draft.text && text !== "") continue;
      placed = (editing === undefined || editing === target.id) && select(target);
      if (placed) editing = target.id;
    } else if (
      place === "canvas" &&
      (target.kind === "stage" || target.kind === "lane") &&
      field === "name"
    ) {
      const name =
        target.kind === "stage" ? (record as { name: string }).name : (record as { title: string }).title;
      if (name === draft.text) continue;
      placed = renaming === undefined || sameTarget(renaming, target);
      if (placed) renaming = { kind: target.kind, id: target.id };
    } else if (place === "inspector") {
      placed = select(target);
    } else if (place === "personaBoard" && target.kind === "persona") {
      placed = board === undefined || board === target.id;
      if (placed) board = target.id;
    }
    if (placed) reopened.push(draft);
    else notRestored.push(draft);
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

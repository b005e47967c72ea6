import { createContext, useContext } from "react";
import type { DraftPlace } from "../store/draft.js";
import type { Selection } from "../store/selection.js";

/** The record a group of fields edits, and where they are shown: what their drafts are reported as. */
export interface DraftTarget {
  target: Selection;
  place: DraftPlace;
}

/**
 * Set by the Inspector (for the selected record), the Personas panel and the persona board: each
 * field inside reports its draft as `{ ...target, field: label }`. Fields outside one report nothing.
 */
export const DraftTargetContext = createContext<DraftTarget | null>(null);

/** The record and place of the nearest fields' group, or null. */
export function useDraftTarget(): DraftTarget | null {
  return useContext(DraftTargetContext);
}

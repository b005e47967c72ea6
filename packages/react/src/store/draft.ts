import type { Selection } from "./selection.js";

/**
 * Where a draft is being typed: on the canvas (a card's text, a stage or lane header renamed in
 * place), in the side panel (the Inspector and Personas tabs), or on a persona's board.
 *
 * @example
 * const onBoard = drafts.filter((draft) => draft.place === "personaBoard");
 */
export type DraftPlace = "canvas" | "inspector" | "personaBoard";

/**
 * Text being typed that is not on the map yet: a card open on the canvas, a header being renamed, an
 * Inspector field, a persona board field. The editor reports every open draft as it is typed
 * (`onDraftsChange`), without an edit or an undo step per keystroke, so a host can keep it beside its
 * autosave and hand it back after a reload or a crash (`restoreDrafts`). A draft is plain JSON.
 *
 * @example
 * const draft: Draft = {
 *   target: { kind: "card", id: "card-1" },
 *   field: "text",
 *   place: "canvas",
 *   base: "",
 *   text: "Waits 20 minutes at the counter",
 * };
 */
export interface Draft {
  /** The record typed into (`{ kind: "map", id: map.id }` for the map's own fields). */
  target: Selection;
  /**
   * Which of its fields: `"text"` for a card typed on the canvas, `"name"` for a stage or lane header
   * renamed in place, otherwise the field's English label in the side panel or on the persona board
   * (`"Description"`, `"Quote"`, `"Needs 2"` for a list's second entry, `"Add to needs"` for its add box),
   * whatever language the editor shows, so a draft kept in one language is restored in another.
   */
  field: string;
  place: DraftPlace;
  /** What the field held when this text was typed (the map's value). */
  base: string;
  /** What is typed so far. */
  text: string;
}

/**
 * One key per open field: the place, the record and the field.
 *
 * @example
 * draftKey({ target: { kind: "stage", id: "s1" }, field: "name", place: "canvas" }); // "canvas|stage|s1|name"
 */
export function draftKey(draft: Pick<Draft, "target" | "field" | "place">): string {
  return `${draft.place}|${draft.target.kind}|${draft.target.id}|${draft.field}`;
}

/**
 * Whether a draft holds text the map does not have: what a host's save status counts as unsaved.
 * (A new card open with nothing typed yet is an open draft too, but nothing is unsaved.)
 *
 * @example
 * const typing = drafts.some(isUnsavedDraft); // "Typing…" rather than "Saved"
 */
export function isUnsavedDraft(draft: Draft): boolean {
  return draft.text !== draft.base;
}

import { useEffect, useRef } from "react";
import { useStoreWithEqualityFn } from "zustand/traditional";
import type { JourneyMapStore } from "./create-journey-map-store.js";
import { type Draft, draftKey } from "./draft.js";

/**
 * Report one field's draft to the editor's drafts while `open`: its text as typed (no edit, no undo
 * step), closed when the field commits, reverts or goes away.
 *
 * @example
 * useReportDraft(store, { target, field: "Description", place: "inspector" }, value, text, text !== value);
 */
export function useReportDraft(
  store: JourneyMapStore,
  field: Pick<Draft, "target" | "field" | "place"> | null,
  base: string,
  text: string,
  open: boolean,
): void {
  const key = field ? draftKey(field) : null;
  const latest = useRef(field);
  latest.current = field;
  // Every keystroke updates the draft in place (one store update, no close-and-reopen in between).
  useEffect(() => {
    const current = latest.current;
    if (!open || !current) return;
    store.drafts
      .getState()
      .put({ target: current.target, field: current.field, place: current.place, base, text });
  }, [store, open, base, text]);
  useEffect(() => {
    if (!open || key === null) return;
    return () => store.drafts.getState().close(key);
  }, [store, open, key]);
}

/**
 * The draft the host restored for this field and it has not shown yet: followed live (a restore can
 * come after the field is shown), taken at most once.
 */
export function useRestoredDraft(
  store: JourneyMapStore,
  field: Pick<Draft, "target" | "field" | "place"> | null,
): Draft | undefined {
  const key = field ? draftKey(field) : null;
  const restored = useStoreWithEqualityFn(store.drafts, (s) => (key === null ? undefined : s.restored[key]));
  useEffect(() => {
    if (restored && key !== null) store.drafts.getState().take(key);
  }, [store, restored, key]);
  return restored;
}

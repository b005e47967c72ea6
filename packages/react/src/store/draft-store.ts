import { createStore, type StoreApi } from "zustand/vanilla";
import { type Draft, draftKey } from "./draft.js";

/**
 * The drafts of one editor: kept apart from the map's store, so a keystroke updates this small store
 * only (no selector of the canvas's thousands of nodes runs, no edit, no undo step).
 *
 * @example
 * // Inside a JourneyMapProvider: follow the open drafts without re-rendering on each keystroke.
 * const store = useStoreApi();
 * useEffect(() => store.drafts.subscribe((s) => keep(s.drafts)), [store]);
 */
export interface DraftsState {
  /** Every open draft, in the order the fields opened; a new array whenever one changes. */
  drafts: readonly Draft[];
  /** Drafts handed back by the host (`restoreDrafts`) that their field has not taken up yet, by `draftKey`. */
  restored: Readonly<Record<string, Draft>>;
  /** A field opened its draft or typed into it. */
  put(draft: Draft): void;
  /** The field with this key was committed, reverted or closed. */
  close(key: string): void;
  /** Hand drafts back to their fields: open at once (the host keeps them), taken up when the field shows. */
  restore(drafts: readonly Draft[]): void;
  /**
   * The restored draft of this field, removed from `restored` and from `drafts` (a field takes it up
   * once, then reports it itself while it differs from the map).
   */
  take(key: string): Draft | undefined;
}

/** A per-editor drafts store (see `DraftsState`). */
export function createDraftStore(): StoreApi<DraftsState> {
  return createStore<DraftsState>()((set, get) => ({
    drafts: [],
    restored: {},
    put(draft) {
      const key = draftKey(draft);
      const { drafts } = get();
      const at = drafts.findIndex((d) => draftKey(d) === key);
      const same = at >= 0 && drafts[at]!.text === draft.text && drafts[at]!.base === draft.base;
      if (same) return;
      set({ drafts: at < 0 ? [...drafts, draft] : drafts.map((d, i) => (i === at ? draft : d)) });
    },
    close(key) {
      const { drafts } = get();
      if (drafts.some((d) => draftKey(d) === key)) set({ drafts: drafts.filter((d) => draftKey(d) !== key) });
    },
    restore(restoring) {
      if (restoring.length === 0) return;
      const keys = new Set(restoring.map(draftKey));
      set({
        drafts: [...get().drafts.filter((d) => !keys.has(draftKey(d))), ...restoring],
        restored: { ...get().restored, ...Object.fromEntries(restoring.map((d) => [draftKey(d), d])) },
      });
    },
    take(key) {
      const draft = get().restored[key];
      if (!draft) return undefined;
      const { [key]: _taken, ...rest } = get().restored;
      set({ restored: rest, drafts: get().drafts.filter((d) => draftKey(d) !== key) });
      return draft;
    },
  }));
}

import { createContext, useContext } from "react";
import { useStoreWithEqualityFn } from "zustand/traditional";
import { createStore, type StoreApi } from "zustand/vanilla";
import { errorMessages } from "../editor/errors.js";

/** The side panel's built-in tabs; host panels add their own ids. */
export const INSPECTOR_TAB = "inspector";
export const PERSONAS_TAB = "personas";

/** View state of one editor's panels: the side panel's tab, whether it is collapsed, the persona board. */
export interface PanelState {
  /** The id of the side panel's open tab. */
  tab: string;
  /** The side panel is folded to a thin rail. */
  collapsed: boolean;
  /** The persona whose board is open, or null. */
  boardPersonaId: string | null;
  /** Open the side panel on tab `tab` (expanding it). */
  show(tab: string): void;
  /** Switch tabs without expanding a collapsed panel. */
  setTab(tab: string): void;
  setCollapsed(collapsed: boolean): void;
  openBoard(personaId: string): void;
  closeBoard(): void;
}

/** Below this window width (a phone) the side panel starts folded, leaving the map the screen. */
export const NARROW_SCREEN_QUERY = "(max-width: 720px)";

const narrowScreen = () =>
  typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia(NARROW_SCREEN_QUERY).matches
    : false;

/**
 * One editor's panel store: created with the editor, never shared between editors. On a narrow screen
 * (a phone) the side panel starts folded to its rail.
 */
export function createPanelStore(): StoreApi<PanelState> {
  return createStore<PanelState>()((set) => ({
    tab: INSPECTOR_TAB,
    collapsed: narrowScreen(),
    boardPersonaId: null,
    show: (tab) => set({ tab, collapsed: false }),
    setTab: (tab) => set({ tab }),
    setCollapsed: (collapsed) => set({ collapsed }),
    openBoard: (boardPersonaId) => set({ boardPersonaId }),
    closeBoard: () => set({ boardPersonaId: null }),
  }));
}

/** The panel store of the nearest editor. */
export const PanelStoreContext = createContext<StoreApi<PanelState> | null>(null);

/** The nearest editor's panel store (for imperative use). */
export function usePanelStoreApi(): StoreApi<PanelState> {
  const store = useContext(PanelStoreContext);
  if (!store) throw new Error(errorMessages.error001());
  return store;
}

/** Select from the nearest editor's panel state. */
export function usePanelStore<T>(selector: (state: PanelState) => T): T {
  return useStoreWithEqualityFn(usePanelStoreApi(), selector);
}

import type { Issue, JourneyMap } from "@journeykit/core";
import { type ReactNode, useEffect, useState } from "react";
import { StoreContext } from "../../contexts/store-context.js";
import { createJourneyMapStore } from "../../store/create-journey-map-store.js";

/** Props of `JourneyMapProvider`. */
export interface JourneyMapProviderProps {
  /** Controlled: the map to show; new values replace the shown map. */
  value?: JourneyMap;
  /** Uncontrolled: the map to start from. */
  defaultValue?: JourneyMap;
  onChange?: (map: JourneyMap) => void;
  onError?: (issues: Issue[]) => void;
  readOnly?: boolean;
  voting?: boolean;
  children: ReactNode;
}

/**
 * Gives its children one editor store (created once, never shared), so several editors on a page
 * stay independent. `<JourneyMapEditor>` renders one itself; use it directly to place parts
 * (`Toolbar`, `Inspector`, ...) around your own layout.
 *
 * @example
 * <JourneyMapProvider value={map} onChange={setMap}><MyToolbar /><JourneyCanvas /></JourneyMapProvider>
 */
export function JourneyMapProvider({
  value,
  defaultValue,
  onChange,
  onError,
  readOnly = false,
  voting = false,
  children,
}: JourneyMapProviderProps) {
  const [store] = useState(() =>
    createJourneyMapStore({
      map: (value ?? defaultValue)!,
      readOnly,
      voting,
      ...(onChange ? { onChange } : {}),
      ...(onError ? { onError } : {}),
    }),
  );
  store.setCallbacks({ onChange, onError });
  useEffect(() => {
    if (value) store.getState().setMap(value);
  }, [store, value]);
  useEffect(() => store.getState().setReadOnly(readOnly), [store, readOnly]);
  useEffect(() => store.getState().setVoting(voting), [store, voting]);
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

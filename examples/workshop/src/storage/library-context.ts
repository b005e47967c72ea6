import { createContext, useContext } from "react";
import type { MapLibrary } from "./map-library";
import type { UnsavedMaps } from "./unsaved-maps";

/** The app's one map library; tests provide their own. */
export const LibraryContext = createContext<MapLibrary | null>(null);

export function useLibrary(): MapLibrary {
  const library = useContext(LibraryContext);
  if (!library) throw new Error("useLibrary() needs a <LibraryContext.Provider>");
  return library;
}

/** The work this tab holds but could not store; one per app. */
export const UnsavedMapsContext = createContext<UnsavedMaps | null>(null);

export function useUnsavedMaps(): UnsavedMaps {
  const unsaved = useContext(UnsavedMapsContext);
  if (!unsaved) throw new Error("useUnsavedMaps() needs an <UnsavedMapsContext.Provider>");
  return unsaved;
}

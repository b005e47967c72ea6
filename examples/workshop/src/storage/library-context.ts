import { createContext, useContext } from "react";
import type { MapLibrary } from "./map-library";

/** The app's one map library; tests provide their own. */
export const LibraryContext = createContext<MapLibrary | null>(null);

export function useLibrary(): MapLibrary {
  const library = useContext(LibraryContext);
  if (!library) throw new Error("useLibrary() needs a <LibraryContext.Provider>");
  return library;
}

import { createContext } from "react";
import type { JourneyMapStore } from "./create-journey-map-store.js";

/** The store of the nearest editor; null outside one. */
export const StoreContext = createContext<JourneyMapStore | null>(null);

import { createContext, type RefObject } from "react";

/** The `.jk-root` element of the nearest editor (for export and focus); null outside one. */
export const RootElementContext = createContext<RefObject<HTMLElement | null> | null>(null);

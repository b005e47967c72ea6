import { createContext } from "react";
import type { EditorText } from "./editor-catalogue.js";

/** The text of the nearest editor (its language's words); null outside one. */
export const EditorTextContext = createContext<EditorText | null>(null);

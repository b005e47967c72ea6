import { useSyncExternalStore } from "react";
import type { EditorTheme } from "../store/selection.js";

const DARK_QUERY = "(prefers-color-scheme: dark)";

function darkQuery(): MediaQueryList | null {
  return typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia(DARK_QUERY)
    : null;
}

function subscribe(onChange: () => void): () => void {
  const query = darkQuery();
  if (!query) return () => {};
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

const systemIsDark = () => darkQuery()?.matches ?? false;

/**
 * The theme to draw: `"system"` becomes `"light"` or `"dark"` from `prefers-color-scheme`, and follows
 * it live (an OS switching to dark at sunset switches the editor too); any other theme is returned as is.
 */
export function useResolvedTheme(theme: EditorTheme | undefined): Exclude<EditorTheme, "system"> | undefined {
  const dark = useSyncExternalStore(subscribe, systemIsDark, () => false);
  if (theme === "system") return dark ? "dark" : "light";
  return theme;
}

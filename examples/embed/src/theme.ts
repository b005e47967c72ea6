import type { EditorTheme } from "@journeykit/react";

/** The host's brand, applied through the editor's --jk-* variables. */
export const brand = {
  "--jk-accent": "#0f766e",
  "--jk-focus": "#0f766e",
  "--jk-header": "#ecfdf5",
  "--jk-chip": "#ccfbf1",
  "--jk-font": "Georgia, 'Times New Roman', serif",
} satisfies EditorTheme;

/** `?theme=dark` shows the editor's dark theme instead of the brand colours. */
export function themeFromUrl(): EditorTheme {
  return new URLSearchParams(window.location.search).get("theme") === "dark" ? "dark" : brand;
}

/** What is selected in the editor. */
export type Selection =
  | {
      kind: "card" | "stage" | "lane" | "touchpoint" | "persona" | "moment" | "metric" | "emotion";
      id: string;
    }
  | { kind: "map"; id: string };

/** A lane x stage cell (where N adds a card). */
export interface Cell {
  laneId: string;
  stageId: string;
}

/**
 * Light, dark, `"system"` (follows the operating system's `prefers-color-scheme`, live), or brand
 * colours as `--jk-*` CSS variables (on the light theme).
 */
export type EditorTheme = "light" | "dark" | "system" | Partial<Record<`--jk-${string}`, string>>;

import { nextThemePreference, type ThemePreference, writeThemePreference } from "./theme-preference";

const LABEL: Record<ThemePreference, string> = { system: "System", light: "Light", dark: "Dark" };
const ICON: Record<ThemePreference, string> = { system: "◐", light: "☀", dark: "☾" };

/** One button that steps the colour theme through system, light and dark; the choice is remembered. */
export function ThemeToggle({ preference }: { preference: ThemePreference }) {
  const next = nextThemePreference(preference);
  return (
    <button
      type="button"
      className="ws-button ws-theme-toggle"
      aria-label={`Colour theme: ${LABEL[preference]}. Switch to ${LABEL[next]}`}
      title={`Colour theme: ${LABEL[preference]} (click for ${LABEL[next]})`}
      onClick={() => writeThemePreference(next)}
    >
      <span aria-hidden="true">{ICON[preference]}</span> {LABEL[preference]}
    </button>
  );
}

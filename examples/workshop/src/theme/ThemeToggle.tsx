import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import { nextThemePreference, type ThemePreference, writeThemePreference } from "./theme-preference";
import "./theme.css";

const ICON: Record<ThemePreference, string> = { system: "◐", light: "☀", dark: "☾" };

/** One button that steps the colour theme through system, light and dark; the choice is remembered. */
export function ThemeToggle({ preference }: { preference: ThemePreference }) {
  const { t } = useWorkshopText();
  const next = nextThemePreference(preference);
  const current = t(`theme.${preference}`);
  const nextName = t(`theme.${next}`);
  return (
    <button
      type="button"
      className="ws-button ws-theme-toggle"
      aria-label={t("theme.label", { current, next: nextName })}
      title={t("theme.title", { current, next: nextName })}
      onClick={() => writeThemePreference(next)}
    >
      <span aria-hidden="true">{ICON[preference]}</span> {current}
    </button>
  );
}

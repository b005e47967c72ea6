import { LOCALE_NAMES, LOCALES } from "@journeykit/core";
import { writeLanguage } from "./language-preference";
import { useWorkshopText } from "./WorkshopTextProvider";

/** The app's language, chosen from the four it speaks (each named in its own language), remembered. */
export function LanguageSwitch() {
  const { locale, t } = useWorkshopText();
  return (
    <select
      className="ws-button ws-language"
      aria-label={t("app.language")}
      value={locale}
      title={t("app.language")}
      onChange={(event) => {
        const next = LOCALES.find((l) => l === event.target.value);
        if (next) writeLanguage(next);
      }}
    >
      {LOCALES.map((l) => (
        <option key={l} value={l} lang={l}>
          {LOCALE_NAMES[l]}
        </option>
      ))}
    </select>
  );
}

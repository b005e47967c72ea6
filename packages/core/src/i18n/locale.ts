/** The languages journeykit ships its own words in. */
export const LOCALES = ["en", "es", "de", "fr"] as const;

/** A language journeykit ships its own words in: English, Spanish, German or French. */
export type Locale = (typeof LOCALES)[number];

/** The language of every word when none of the shipped ones is asked for. */
export const DEFAULT_LOCALE: Locale = "en";

/** Each shipped language by its own name, for a language switch (a name reads best in its own language). */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  es: "Español",
  de: "Deutsch",
  fr: "Français",
};

/** True for a shipped language's code. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The shipped language of a BCP 47 tag, by its language subtag ("es-MX" → "es", "de_AT" → "de");
 * English for a tag of any other language, an empty or malformed one, or none.
 *
 * @example
 * resolveLocale("fr-CA"); // "fr"
 * resolveLocale("pt-BR"); // "en"
 */
export function resolveLocale(tag: string | undefined): Locale {
  const language = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

/**
 * The first of a person's languages (most wanted first, as `navigator.languages` lists them) that
 * journeykit ships; English when none is.
 *
 * @example
 * preferredLocale(["pt-BR", "es-419", "en"]); // "es"
 */
export function preferredLocale(tags: readonly string[]): Locale {
  for (const tag of tags) {
    const language = tag.trim().split(/[-_]/)[0]?.toLowerCase();
    if (isLocale(language)) return language;
  }
  return DEFAULT_LOCALE;
}

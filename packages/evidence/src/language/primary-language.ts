/**
 * The primary language of a BCP 47 locale, lower case ("es-MX" → "es", "de_AT" → "de"); `fallback`
 * ("en" unless given) when there is none.
 *
 * @example
 * primaryLanguage("pt-BR"); // "pt"
 * primaryLanguage(undefined); // "en"
 */
export function primaryLanguage(locale: string | undefined, fallback = "en"): string {
  return (locale ?? "").toLowerCase().split(/[-_]/)[0] || fallback;
}

import { type CoreMessages, loadCoreMessages, type Messages, resolveLocale } from "@journeykit/core";
import { exportEn } from "./export-messages/en.js";

/** The shape of the export catalogue: every key of the English one (`exportEn`). */
export type ExportMessages = Messages<typeof exportEn>;

/** Every word an exporter writes: core's catalogue (lane kinds, channels, metric labels…) and the exporters' own. */
export type ExportWords = CoreMessages & ExportMessages;

/**
 * The language an exporter writes in. Words come from `messages` (English for a key it lacks);
 * numbers, dates and plural forms follow `locale`, else the map's `locale`.
 */
export interface ExportLanguageOptions {
  /**
   * The reader's BCP 47 tag ("es", "de-AT"). The async exporters (`toPptx`, `toPdf`, `exportPng`)
   * load that language's words themselves; the others take them as `messages`.
   */
  locale?: string | undefined;
  /**
   * The words: a language's core and export catalogues together (`{ ...coreEs, ...exportEs }` from
   * `@journeykit/core/locales/es` and `@journeykit/export/locales/es`, or `await
   * loadExportMessages("es")`), or a host's own words for some keys (the async exporters put them
   * over the language's).
   */
  messages?: Partial<ExportWords> | undefined;
}

async function loadOwnMessages(locale: string | undefined): Promise<ExportMessages> {
  switch (resolveLocale(locale)) {
    case "es":
      return (await import("./export-messages/es.js")).exportEs;
    case "de":
      return (await import("./export-messages/de.js")).exportDe;
    case "fr":
      return (await import("./export-messages/fr.js")).exportFr;
    default:
      return exportEn;
  }
}

/**
 * Every word the exporters write in the language of `locale`: core's catalogue and the exporters'
 * own, each language a module of its own loaded when first asked for (a bundle that only ever
 * exports in English carries none of them); English for English or a language journeykit does not
 * ship. Pass the result as `messages` to `renderSvg`, `buildSlides` or `renderSlideSvg`.
 *
 * @example
 * const messages = await loadExportMessages("es");
 * renderSvg(map, { locale: "es", messages }); // "Todo el recorrido", "NPS +32 ±6,3"
 */
export async function loadExportMessages(locale: string | undefined): Promise<ExportWords> {
  const [core, own] = await Promise.all([loadCoreMessages(locale), loadOwnMessages(locale)]);
  return { ...core, ...own };
}

/**
 * The options with the locale's words under the caller's own (`messages` over the language's), as
 * the async exporters write: `{ locale: "es" }` alone gives a Spanish deck.
 */
export async function withLanguage<O extends ExportLanguageOptions>(options: O): Promise<O> {
  if (resolveLocale(options.locale) === "en") return options;
  return { ...options, messages: { ...(await loadExportMessages(options.locale)), ...options.messages } };
}

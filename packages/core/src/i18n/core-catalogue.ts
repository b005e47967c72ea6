import type { LabelOptions } from "../labels/format-number.js";
import { coreEn } from "./core-messages/en.js";
import { resolveLocale } from "./locale.js";
import type { Messages } from "./message.js";
import { createTranslator, type Translator } from "./translator.js";

/** The shape of core's catalogue: every key of the English one (`coreEn`). */
export type CoreMessages = Messages<typeof coreEn>;

/**
 * Core's words in the language of `locale`: the module of that language (`@journeykit/core/locales/es`,
 * `/de`, `/fr`), loaded when first asked for, so a bundle carries English only until another language
 * is wanted; English for English or a language journeykit does not ship. Pass the result as
 * `messages` to core's label and layout functions.
 *
 * @example
 * const messages = await loadCoreMessages("es");
 * metricFigure(nps, { locale: "es", messages }); // "NPS +32 ±6 · n=1412"
 */
export async function loadCoreMessages(locale: string | undefined): Promise<CoreMessages> {
  switch (resolveLocale(locale)) {
    case "es":
      return (await import("./core-messages/es.js")).coreEs;
    case "de":
      return (await import("./core-messages/de.js")).coreDe;
    case "fr":
      return (await import("./core-messages/fr.js")).coreFr;
    default:
      return coreEn;
  }
}

const plain = new Map<string, Translator<typeof coreEn>>();
const withMessages = new WeakMap<object, Map<string, Translator<typeof coreEn>>>();

/**
 * The translator of core's words: `messages` (a language's catalogue from
 * `@journeykit/core/locales/…`, or a host's own words for some keys) over English; numbers and plural
 * forms by `locale`. One translator per locale and messages object is made once: labels are drawn per
 * metric per frame.
 *
 * @example
 * coreTranslator({ locale: "de", messages: coreDe }).t("laneKind.painPoints"); // "Pain Points"
 */
export function coreTranslator(options: LabelOptions = {}): Translator<typeof coreEn> {
  const { locale, messages } = options;
  let cache = plain;
  if (messages) {
    cache = withMessages.get(messages) ?? new Map();
    withMessages.set(messages, cache);
  }
  const key = locale ?? "";
  let translator = cache.get(key);
  if (!translator) {
    translator = createTranslator(coreEn, { locale, messages });
    cache.set(key, translator);
  }
  return translator;
}

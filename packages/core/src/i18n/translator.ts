import { formatNumber } from "../labels/format-number.js";
import { type Locale, resolveLocale } from "./locale.js";
import type { Catalogue, Message, MessageArgs, Messages, PluralMessage } from "./message.js";

/** What a translator writes in: its language, the catalogue of that language, and per-string overrides. */
export interface TranslatorOptions<C extends Catalogue> {
  /**
   * A BCP 47 tag: its language picks the words (a language journeykit does not ship reads English),
   * the whole tag formats numbers and picks plural forms ("de-CH", "es-MX"). English when absent.
   */
  locale?: string | undefined;
  /** The catalogue of the locale's language; keys it lacks (or no catalogue) read in English. */
  translation?: Messages<C> | undefined;
  /** A host's own words for some keys, over the catalogue's. */
  messages?: Partial<Messages<C>> | undefined;
}

/** Writes the messages of one catalogue in one locale. */
export interface Translator<C extends Catalogue> {
  /** The shipped language the words are in. */
  readonly language: Locale;
  /** The tag numbers are formatted with (undefined: the labels' default, "en-US"). */
  readonly locale: string | undefined;
  /**
   * The message `key` with its placeholders filled: numbers grouped by the locale, a plural
   * message's form chosen by `count`.
   */
  t<K extends keyof C & string>(key: K, ...values: MessageArgs<C[K]>): string;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The plural category of `count` in `locale` ("one", "other", ...), by the runtime's CLDR data. */
function pluralCategory(locale: string | undefined, language: Locale, count: number): Intl.LDMLPluralRule {
  const key = locale ?? language;
  let rules = pluralRules.get(key);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(key);
    } catch {
      // A free-text tag the runtime does not know: its language's rules.
      rules = new Intl.PluralRules(language);
    }
    pluralRules.set(key, rules);
  }
  return rules.select(count);
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** A text with its placeholders filled; a placeholder without a value stays as written. */
function fill(text: string, values: Readonly<Record<string, string | number>>, locale: string | undefined) {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(value, { locale, digits: 2 }) : value;
  });
}

const isUsable = (message: Message | undefined): message is Message =>
  typeof message === "string" ? message.length > 0 : message !== undefined && message.other.length > 0;

/**
 * A translator over the English catalogue `english` (the source of every key): each message comes
 * from the host's `messages`, else the locale's `translation`, else English, so a key missing
 * anywhere still reads in English rather than as its key.
 *
 * @example
 * const { t } = createTranslator(coreEn, { locale: "es", translation: coreEs });
 * t("metric.more", { count: 3 }); // "+3 más"
 */
export function createTranslator<C extends Catalogue>(
  english: C,
  options: TranslatorOptions<C> = {},
): Translator<C> {
  const { locale, translation, messages } = options;
  const language = resolveLocale(locale);
  const numberLocale = locale === undefined ? undefined : locale;
  const messageOf = (key: string): Message => {
    const own = messages?.[key as keyof C] as Message | undefined;
    if (isUsable(own)) return own;
    const translated = language === "en" ? undefined : (translation?.[key as keyof C] as Message | undefined);
    if (isUsable(translated)) return translated;
    return english[key] ?? key;
  };
  return {
    language,
    locale: numberLocale,
    t(key, ...args) {
      const message = messageOf(key);
      const values = (args[0] ?? {}) as Readonly<Record<string, string | number>>;
      if (typeof message === "string") return fill(message, values, numberLocale);
      const count = Number(values.count ?? 0);
      const form = (message as PluralMessage)[pluralCategory(numberLocale, language, count)];
      return fill(form || message.other, values, numberLocale);
    },
  };
}

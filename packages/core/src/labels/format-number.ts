import type { CoreMessages } from "../i18n/core-catalogue.js";

/**
 * How a label is written: its locale (BCP 47: the reader's, else the map's `locale`; "en-US" when
 * absent) groups numbers and picks plural forms; its words are English, or `messages`: a language's
 * catalogue (`@journeykit/core/locales/es`, `/de`, `/fr`, or `loadCoreMessages(locale)`) with any of
 * a host's own words over it.
 */
export interface LabelOptions {
  locale?: string | undefined;
  messages?: Partial<CoreMessages> | undefined;
}

/** The locale labels use when the map names none. */
export const DEFAULT_LABEL_LOCALE = "en-US";

/** The true minus sign (U+2212) every label writes before a negative number. */
export const MINUS = "\u2212";

const formats = new Map<string, Intl.NumberFormat>();

/** One `Intl.NumberFormat` per locale and digit count, made once (labels are drawn per metric per frame). */
function numberFormat(locale: string | undefined, digits: number, fixed: boolean): Intl.NumberFormat {
  const key = `${locale ?? ""}|${digits}|${fixed}`;
  let format = formats.get(key);
  if (!format) {
    // Grouping as the locale groups ("auto"): Spanish leaves four digits whole ("1412", "12.000").
    const options = { minimumFractionDigits: fixed ? digits : 0, maximumFractionDigits: digits } as const;
    try {
      format = new Intl.NumberFormat(locale ?? DEFAULT_LABEL_LOCALE, options);
    } catch {
      // A map's locale is free text: one the runtime does not know falls back to the default.
      format = new Intl.NumberFormat(DEFAULT_LABEL_LOCALE, options);
    }
    formats.set(key, format);
  }
  return format;
}

/**
 * A number as every label writes it: grouped by the locale ("1,412", "1.412" in German, "1412" but
 * "12.000" in Spanish), at most
 * `digits` decimals (exactly `digits` with `fixed`), a true minus sign, and "+" before a positive
 * number with `signed`. A value that rounds to zero is written "0", never "−0" or "+0".
 *
 * @example
 * formatNumber(1412); // "1,412"
 * formatNumber(-12.6, { digits: 0, signed: true }); // "−13"
 * formatNumber(0.094, { digits: 2, fixed: true, signed: true, locale: "de" }); // "+0,09"
 */
export function formatNumber(
  value: number,
  options: LabelOptions & { digits?: number; fixed?: boolean; signed?: boolean } = {},
): string {
  const { digits = 0, fixed = false, signed = false } = options;
  const scale = 10 ** digits;
  const rounded = Math.round(Math.abs(value) * scale) / scale;
  if (rounded === 0) return numberFormat(options.locale, digits, fixed).format(0);
  const text = numberFormat(options.locale, digits, fixed).format(rounded);
  if (value < 0) return `${MINUS}${text}`;
  return signed ? `+${text}` : text;
}

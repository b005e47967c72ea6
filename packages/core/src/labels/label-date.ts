import { formatDate } from "../i18n/format-date.js";
import { resolveLocale } from "../i18n/locale.js";
import type { LabelOptions } from "./format-number.js";

/**
 * A date of a map's data (a series point's `date`) as a label writes it: its day as the locale writes
 * it in numbers ("01.02.2026" in German, "01/02/2026" in Spanish and French), and in English the ISO
 * day ("2026-02-01"), since English readers on either side of the Atlantic read "02/01/2026"
 * differently. The day is the one written in the data, whatever the reader's time zone; a text that
 * is no date is written as given.
 *
 * @example
 * labelDate("2026-02-01T09:00:00Z"); // "2026-02-01"
 * labelDate("2026-02-01", { locale: "de" }); // "01.02.2026"
 */
export function labelDate(date: string, options: LabelOptions = {}): string {
  const day = date.slice(0, 10);
  if (resolveLocale(options.locale) === "en" || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  return formatDate(day, { locale: options.locale, style: "numericDate", timeZone: "UTC" });
}

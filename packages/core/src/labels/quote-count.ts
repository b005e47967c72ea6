import { coreTranslator } from "../i18n/core-catalogue.js";
import type { LabelOptions } from "./format-number.js";

/**
 * How many customer quotes, as the map writes it: "1 quote", "3 quotes", "1,204 quotes" (grouped by
 * the locale), in core's words (`options.messages`).
 *
 * @example
 * quoteCount(3); // "3 quotes"
 * quoteCount(1); // "1 quote"
 */
export function quoteCount(count: number, options: LabelOptions = {}): string {
  return coreTranslator(options).t("quote.count", { count });
}

import { createTranslator, type LabelOptions, type Translator } from "@journeykit/core";
import type { ExportLanguageOptions } from "./export-catalogue.js";
import { exportEn } from "./export-messages/en.js";

/** Writes the exporters' own messages (`t("slide.emotionCurve")`). */
export type ExportT = Translator<typeof exportEn>["t"];

/** Everything an exporter writes in one language: its own words, and what core's label functions take. */
export interface ExportText {
  t: ExportT;
  /** The reader's locale (else the map's) and core's words: for core's label functions and the layout. */
  labels: LabelOptions;
}

/**
 * The words of one export: the exporters' own from `messages` over English, numbers by `locale`,
 * else the map's.
 *
 * @example
 * exportText({ locale: "es", messages: { ...coreEs, ...exportEs } }, map.locale).t("slide.emotionCurve"); // "curva emocional"
 */
export function exportText(options: ExportLanguageOptions, mapLocale?: string): ExportText {
  const locale = options.locale ?? mapLocale;
  const { t } = createTranslator(exportEn, { locale, messages: options.messages });
  return { t, labels: { locale, messages: options.messages } };
}

/** English words, numbers as the map's locale writes them: what a drawer writes when no language is asked for. */
export const englishText = (mapLocale?: string): ExportText => exportText({}, mapLocale);

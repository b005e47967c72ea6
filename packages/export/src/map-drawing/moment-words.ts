import type { MomentKind, MomentOutcome } from "@journeykit/core";
import type { ExportText } from "../i18n/export-text.js";

/**
 * A moment of truth's kind as the deck writes it: the acronym every language uses ("ZMOT", "SMOT"),
 * or the word for a custom one ("custom", "propio").
 *
 * @example
 * momentKind("custom", text); // "individuell" in German
 */
export function momentKind(kind: MomentKind, text: ExportText): string {
  return kind === "custom" ? text.t("moment.custom") : kind;
}

/**
 * A moment's outcome in words ("fail", "falla").
 *
 * @example
 * momentOutcome("fail", text); // "échoue" in French
 */
export function momentOutcome(outcome: MomentOutcome, text: ExportText): string {
  return text.t(`outcome.${outcome}`);
}

import { coreTranslator } from "../i18n/core-catalogue.js";
import type { JourneyMap } from "../records/journey-map.js";
import type { Quote } from "../records/quote.js";
import { formatNumber, type LabelOptions } from "./format-number.js";
import { LABEL_SEPARATOR } from "./metric-figure.js";

/** How a quote reads: for, against, or neither. */
export type QuoteTone = "positive" | "negative" | "neutral";

/**
 * Where a quote's tone starts on its −1..1 `sentiment`: positive from +0.3, negative from −0.3. The
 * same thresholds as `@journeykit/evidence`'s `SENTIMENT_THRESHOLDS` (a test there holds them equal),
 * so a quote reads on the map as its import labelled it.
 */
export const QUOTE_TONE_THRESHOLDS = { positive: 0.3, negative: -0.3 } as const;

/**
 * The tone of a quote's sentiment (`QUOTE_TONE_THRESHOLDS`), undefined when it has none.
 *
 * @example
 * quoteTone(-0.6); // "negative"
 * quoteTone(0.1); // "neutral"
 */
export function quoteTone(sentiment: number | undefined): QuoteTone | undefined {
  if (sentiment === undefined) return undefined;
  if (sentiment >= QUOTE_TONE_THRESHOLDS.positive) return "positive";
  return sentiment <= QUOTE_TONE_THRESHOLDS.negative ? "negative" : "neutral";
}

const SCALE_WORDS = { nps: "NPS", csat: "CSAT", ces: "CES" } as const;

/**
 * What a quote's caption says about it, never who said it: its tone, the respondent's own rating and
 * the source it came from, the parts it has joined by " · " ("Negative · NPS answer 3 · Post-visit
 * survey"), in core's words (`options.messages`); "" when it has none of them.
 *
 * @example
 * quoteCaption(map, { text: "Cold soup.", sentiment: -0.6, score: 3, scale: "nps", sourceId: survey.id });
 * // "Negative · NPS answer 3 · Post-visit survey"
 * quoteCaption(map, { text: "Lovely.", score: 5, scale: "stars" }); // "5 stars"
 */
export function quoteCaption(
  map: Pick<JourneyMap, "sources">,
  quote: Pick<Quote, "sentiment" | "score" | "scale" | "sourceId">,
  options: LabelOptions = {},
): string {
  const { t } = coreTranslator(options);
  const parts: string[] = [];
  const tone = quoteTone(quote.sentiment);
  if (tone) parts.push(t(`quote.${tone}`));
  if (quote.score !== undefined) {
    const score = formatNumber(quote.score, { ...options, digits: 1 });
    if (quote.scale === "stars") parts.push(t("quote.stars", { count: quote.score, score }));
    else if (quote.scale) parts.push(t("quote.answer", { scale: SCALE_WORDS[quote.scale], score }));
    else parts.push(t("quote.rated", { score }));
  }
  const source =
    quote.sourceId === undefined ? undefined : map.sources.find((s) => s.id === quote.sourceId)?.name;
  if (source) parts.push(source);
  return parts.join(LABEL_SEPARATOR);
}

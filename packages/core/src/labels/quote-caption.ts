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

const TONE_WORDS: Record<QuoteTone, string> = {
  positive: "Positive",
  negative: "Negative",
  neutral: "Neutral",
};
const SCALE_WORDS = { nps: "NPS", csat: "CSAT", ces: "CES" } as const;

/**
 * What a quote's caption says about it, never who said it: its tone, the respondent's own rating and
 * the source it came from, the parts it has joined by " · " ("Negative · NPS answer 3 · Post-visit
 * survey"); "" when it has none of them.
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
  const parts: string[] = [];
  const tone = quoteTone(quote.sentiment);
  if (tone) parts.push(TONE_WORDS[tone]);
  if (quote.score !== undefined) {
    const score = formatNumber(quote.score, { ...options, digits: 1 });
    if (quote.scale === "stars") parts.push(`${score} ${quote.score === 1 ? "star" : "stars"}`);
    else parts.push(quote.scale ? `${SCALE_WORDS[quote.scale]} answer ${score}` : `rated ${score}`);
  }
  const source =
    quote.sourceId === undefined ? undefined : map.sources.find((s) => s.id === quote.sourceId)?.name;
  if (source) parts.push(source);
  return parts.join(LABEL_SEPARATOR);
}

/** How a sentiment (-1..1) reads: negative below -0.05, positive above 0.05. */
export type SentimentTone = "negative" | "neutral" | "positive";

/** The tone of a quote's sentiment (-1..1): neutral within ±0.05 or when unknown. */
export function sentimentTone(sentiment: number | undefined): SentimentTone {
  if (sentiment === undefined || Math.abs(sentiment) <= 0.05) return "neutral";
  return sentiment < 0 ? "negative" : "positive";
}

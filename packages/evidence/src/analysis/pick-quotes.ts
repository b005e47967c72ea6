/** A comment that could become a quote: its redacted text, sentiment and where it came from. */
export interface QuoteCandidate {
  text: string;
  sentiment: number;
  row: number;
}

/**
 * Whether a comment reads well as a quote: 12 to 400 characters.
 *
 * @example
 * readableQuote("ok"); // false
 */
export const readableQuote = (text: string): boolean => text.length >= 12 && text.length <= 400;
const readable = (c: QuoteCandidate) => readableQuote(c.text);

/**
 * A few representative comments, never thousands: the most negative, the most positive and the most
 * typical (nearest the mean sentiment), preferring comments of 12-400 characters; `limit` at most.
 *
 * @example
 * pickQuotes(candidates, 3).map((c) => c.sentiment); // [-0.8, 0.7, -0.1]
 */
export function pickQuotes(candidates: readonly QuoteCandidate[], limit = 3): QuoteCandidate[] {
  const pool = candidates.some(readable) ? candidates.filter(readable) : [...candidates];
  if (pool.length === 0 || limit <= 0) return [];
  const mean = pool.reduce((s, c) => s + c.sentiment, 0) / pool.length;
  let negative = pool[0]!;
  let positive = pool[0]!;
  let typical = pool[0]!;
  for (const c of pool) {
    if (c.sentiment < negative.sentiment) negative = c;
    if (c.sentiment > positive.sentiment) positive = c;
    if (Math.abs(c.sentiment - mean) < Math.abs(typical.sentiment - mean)) typical = c;
  }
  const picked: QuoteCandidate[] = [];
  for (const c of [negative, positive, typical]) {
    if (picked.length < limit && !picked.includes(c) && !picked.some((p) => p.text === c.text))
      picked.push(c);
  }
  return picked;
}

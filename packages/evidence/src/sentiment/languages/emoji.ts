import Sentiment from "sentiment";

// The Emoji Sentiment Ranking scores the `sentiment` package merges into its English lexicon, read
// one emoji at a time through its public API (and kept), below the scores feedback needs most.
let analyzer: Sentiment | undefined;
const ranked = new Map<string, number | undefined>();
function rankedScore(token: string): number | undefined {
  if (!/\p{Extended_Pictographic}/u.test(token)) return undefined;
  if (!ranked.has(token)) {
    analyzer ??= new Sentiment();
    const score = analyzer.analyze(token).score;
    ranked.set(token, score === 0 ? undefined : score);
  }
  return ranked.get(token);
}

/** The emoji and emoticons feedback uses most, scored for it. */
const scores: Record<string, number> = {
  "👍": 2,
  "👎": -3,
  "🔥": 2,
  "💯": 3,
  "🙌": 3,
  "🎉": 2,
  "✨": 1,
  "💅": 1,
  "💖": 3,
  "💕": 3,
  "🤤": 2,
  "😍": 3,
  "🥰": 3,
  "😋": 3,
  "👌": 2,
  "🙏": 2,
  "❤": 3,
  "❤️": 3,
  "🤩": 3,
  "😁": 2,
  "😊": 3,
  "😀": 2,
  "🙄": -2,
  "🙃": -1,
  "🤡": -3,
  "😒": -2,
  "😡": -3,
  "🤬": -4,
  "😤": -2,
  "😠": -3,
  "😩": -3,
  "😫": -3,
  "😞": -2,
  "😔": -2,
  "😢": -2,
  "💔": -3,
  "🤮": -4,
  "🤢": -3,
  "⏳": -1,
  "⌛": -1,
  "😭": 0,
  "😂": 0,
  "🤦": -2,
  "🤦‍♀️": -2,
  "🤦‍♂️": -2,
  "😬": -1,
  "🥶": -1,
  "🐌": -2,
  "💸": -1,
  "🚫": -2,
  "❌": -2,
  ":)": 2,
  ":-)": 2,
  ":d": 3,
  ":-d": 3,
  "<3": 3,
  ":(": -2,
  ":-(": -2,
  ":/": -1,
  ":|": -1,
  ";)": 1,
  xd: 2,
  "^^": 2,
};

/**
 * The valence of an emoji or emoticon on AFINN's −5..+5 scale (variation selectors ignored).
 *
 * @example
 * emojiValence("😍"); // 3
 */
export function emojiValence(token: string): number | undefined {
  const bare = token.replace(/\uFE0F/g, "");
  return scores[token] ?? scores[bare] ?? scores[token.toLowerCase()] ?? rankedScore(bare);
}

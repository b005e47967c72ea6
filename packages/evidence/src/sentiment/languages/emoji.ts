import emoji from "sentiment/build/emoji.json" with { type: "json" };

/** Emoji Sentiment Ranking scores (the `sentiment` package's), with the emoji feedback uses most. */
const scores: Record<string, number> = {
  ...(emoji as Record<string, number>),
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
  return scores[token] ?? scores[token.replace(/\uFE0F/g, "")] ?? scores[token.toLowerCase()];
}

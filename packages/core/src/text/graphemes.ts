/** Minimal shape of `Intl.Segmenter` (ES2022; Node 16+, Chromium 87+, Firefox 125+, Safari 14.1+). */
interface GraphemeSegmenter {
  segment(text: string): Iterable<{ segment: string }>;
}
type SegmenterConstructor = new (
  locale: string | undefined,
  options: { granularity: "grapheme" },
) => GraphemeSegmenter;

let segmenter: GraphemeSegmenter | null | undefined;

function graphemeSegmenter(): GraphemeSegmenter | null {
  if (segmenter === undefined) {
    const Segmenter = (Intl as { Segmenter?: SegmenterConstructor }).Segmenter;
    segmenter = Segmenter ? new Segmenter(undefined, { granularity: "grapheme" }) : null;
  }
  return segmenter;
}

/**
 * One user-perceived character with what belongs to it: a code point (never half a surrogate pair)
 * followed by combining marks, variation selectors, emoji skin-tone modifiers, and
 * zero-width-joiner sequences. The fallback where `Intl.Segmenter` is missing.
 */
const APPROXIMATE_GRAPHEME =
  /\r\n|(?:\p{RI}\p{RI})|(?:[^\p{M}\u200D](?:\p{M}|[\u{1F3FB}-\u{1F3FF}]|\u200D[^\p{M}\u200D]?)*)|(?:[\p{M}\u200D]+)/gsu;

/**
 * The grapheme clusters of `text`, lazily and in order, by the fallback rule (code points with their
 * combining marks and joiner sequences). Exposed for tests of the fallback path.
 *
 * @example
 * [...approximateGraphemes("e\u0301👍🏽")]; // ["é", "👍🏽"]
 */
export function* approximateGraphemes(text: string): Generator<string> {
  for (const match of text.matchAll(APPROXIMATE_GRAPHEME)) yield match[0];
}

/**
 * Code units handed to `Intl.Segmenter` at a time. V8's segment iterator costs time proportional to
 * the whole string at every step (a 20,000-character word took 400 ms to walk), so long text is
 * segmented in windows that restart at a known cluster boundary.
 */
const WINDOW = 256;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The grapheme clusters of `text`, lazily and in order: `Intl.Segmenter` with granularity
 * "grapheme" where the runtime has it, else `approximateGraphemes`. Joined, they give back `text`;
 * a surrogate pair, an emoji ZWJ sequence or a letter with its combining marks is never split.
 * Lazy and linear in the length read, so a caller that stops early pays only for what it read.
 *
 * @example
 * [...graphemes("👩‍👩‍👧 ok")]; // ["👩‍👩‍👧", " ", "o", "k"]
 */
export function* graphemes(text: string): Generator<string> {
  const native = graphemeSegmenter();
  if (!native) {
    yield* approximateGraphemes(text);
    return;
  }
  let start = 0;
  let size = WINDOW;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    // Never end a window between the halves of a surrogate pair.
    if (
      end < text.length &&
      isHighSurrogate(text.charCodeAt(end - 1)) &&
      isLowSurrogate(text.charCodeAt(end))
    )
      end++;
    const window = text.slice(start, end);
    if (end === text.length) {
      for (const { segment } of native.segment(window)) yield segment;
      return;
    }
    // The window's last cluster may go on past its end: it is segmented again with what follows.
    let last = "";
    let done = 0;
    for (const { segment } of native.segment(window)) {
      if (last) {
        yield last;
        done += last.length;
      }
      last = segment;
    }
    if (done === 0) {
      size *= 2; // one cluster fills the whole window: widen it
      continue;
    }
    start += done;
    size = WINDOW;
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

type WithToWellFormed = { toWellFormed?: (this: string) => string };
const native = (String.prototype as WithToWellFormed).toWellFormed;

/**
 * `text` with every lone (unpaired) surrogate replaced by U+FFFD, the replacement character, as
 * `String.prototype.toWellFormed` does (used where the runtime has it: Node 20+, Chromium 111+).
 * A JSON document may hold lone surrogates (`"\uD800"`), but UTF-8, XML and `encodeURIComponent`
 * cannot carry them: every output format passes document text through this first.
 *
 * @example
 * toWellFormedText("a\uD800b"); // "a\uFFFDb"
 * toWellFormedText("👍"); // "👍" (a pair is kept)
 */
export function toWellFormedText(text: string): string {
  return native ? native.call(text) : replaceLoneSurrogates(text);
}

/** The fallback of `toWellFormedText` for runtimes without `String.prototype.toWellFormed`. */
export function replaceLoneSurrogates(text: string): string {
  return text.replace(LONE_SURROGATE, "\uFFFD");
}

/**
 * Whether `text` has no lone surrogate (`String.prototype.isWellFormed`).
 *
 * @example
 * isWellFormedText("a\uDC00"); // false
 */
export function isWellFormedText(text: string): boolean {
  LONE_SURROGATE.lastIndex = 0;
  return !LONE_SURROGATE.test(text);
}

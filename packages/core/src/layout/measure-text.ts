import { graphemes } from "../text/graphemes.js";
import type { TextMeasurer } from "./journey-layout.js";

const NARROW = /[ijlIt.,;:'!|()[\]{} ]/;
const WIDE = /[mwMW@%&]/;
const FULL_WIDTH =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/**
 * A deterministic approximation of a sans-serif font's widths (Inter/Helvetica-like): works in Node
 * without fonts and errs on the wide side so text never overflows. Linear in the text's length.
 *
 * @example
 * approximateTextWidth("Order ahead", { size: 13 }); // ≈ 75
 */
export const approximateTextWidth: TextMeasurer = (text, { size, weight = 400 }) => {
  let units = 0;
  for (const char of text) {
    if (NARROW.test(char)) units += 0.32;
    else if (WIDE.test(char)) units += 0.86;
    else if (FULL_WIDTH.test(char) || (char.codePointAt(0) ?? 0) > 0x1f000) units += 1.05;
    else if (char >= "A" && char <= "Z") units += 0.68;
    else units += 0.56;
  }
  return units * size * (weight >= 600 ? 1.06 : 1);
};

/** The mark appended to the last line when text was cut. */
export const ELLIPSIS = "…";

/**
 * Words up to this many UTF-16 code units are measured whole (one call, kerning included); longer
 * ones are measured grapheme by grapheme, stopping as soon as they pass the line width.
 */
const WHOLE_WORD_LIMIT = 200;

type Font = { size: number; weight?: number };

/**
 * Greedy word wrap to a width, linear in the text's length, one rule for every output (canvas, SVG,
 * PNG, PPTX).
 *
 * - Lines break at whitespace; runs of whitespace (spaces, tabs) become one space and lines never
 *   start or end with it. Newlines start a new line (an empty line for an empty paragraph; trailing
 *   empty lines are dropped).
 * - A word wider than a whole line starts on a new line and is broken at the box edge between
 *   grapheme clusters (`graphemes`): surrogate pairs, emoji ZWJ sequences and combining marks stay
 *   whole. A single grapheme wider than the box gets a line of its own.
 * - Widths are summed per word and per grapheme, so `measure` runs once per word (or per distinct
 *   grapheme of a long word), never on growing prefixes; it should be additive, as font widths are
 *   (kerning aside).
 * - With `maxLines`, work stops once the text is known to need more lines: the last kept line ends
 *   in "…" (graphemes are dropped from its end until the ellipsis fits).
 *
 * Without a cut, the lines joined give back the text up to whitespace at the breaks.
 *
 * @example
 * wrapText("Waits ten minutes for a table", 80, approximateTextWidth, { size: 13 });
 * wrapText(card.text, 168, measure, { size: 13 }, CARD_MAX_LINES); // at most 12 lines
 */
export function wrapText(
  text: string,
  width: number,
  measure: TextMeasurer,
  font: Font,
  maxLines = Number.POSITIVE_INFINITY,
): string[] {
  const limit = Math.max(1, Math.floor(maxLines));
  const lines: string[] = [];
  const graphemeWidths = new Map<string, number>();
  const graphemeWidth = (g: string) => {
    let w = graphemeWidths.get(g);
    if (w === undefined) {
      w = measure(g, font);
      graphemeWidths.set(g, w);
    }
    return w;
  };
  const space = measure(" ", font);
  /** Set once a non-empty line beyond the limit exists: the rest of the text is not read. */
  let cut = false;
  let line = "";
  let lineWidth = 0;
  const push = (value: string) => {
    lines.push(value);
    if (lines.length > limit && value !== "") cut = true;
  };

  /** The width of `word`, or a value above `width` as soon as it is known not to fit a line. */
  const wordWidth = (word: string) => {
    if (word.length <= WHOLE_WORD_LIMIT) return measure(word, font);
    let sum = 0;
    for (const g of graphemes(word)) {
      sum += graphemeWidth(g);
      if (sum > width) return sum;
    }
    return sum;
  };

  /** Break a word wider than a line at the box edge; its last piece stays open as `line`. */
  const breakWord = (word: string) => {
    for (const g of graphemes(word)) {
      const w = graphemeWidth(g);
      if (line !== "" && lineWidth + w > width) {
        push(line);
        if (cut) return;
        line = "";
        lineWidth = 0;
      }
      line += g;
      lineWidth += w;
    }
  };

  for (const paragraph of text.split(/\r?\n/)) {
    for (const word of paragraph.split(/\s+/)) {
      if (word === "") continue;
      const w = wordWidth(word);
      if (line !== "" && lineWidth + space + w <= width) {
        line += ` ${word}`;
        lineWidth += space + w;
        continue;
      }
      if (line !== "") {
        push(line);
        if (cut) break;
      }
      line = "";
      lineWidth = 0;
      if (w <= width) {
        line = word;
        lineWidth = w;
      } else breakWord(word);
      if (cut) break;
    }
    if (cut) break;
    push(line);
    if (cut) break;
    line = "";
    lineWidth = 0;
  }
  while (lines.length > 1 && lines.at(-1) === "") lines.pop();
  if (lines.length <= limit) return lines;
  const kept = lines.slice(0, limit);
  kept[limit - 1] = withEllipsis(kept[limit - 1]!, width, font, graphemeWidth, measure);
  return kept;
}

/** `line` shortened by whole graphemes (and the whitespace before the cut) until "…" fits after it. */
function withEllipsis(
  line: string,
  width: number,
  font: Font,
  graphemeWidth: (g: string) => number,
  measure: TextMeasurer,
): string {
  const parts = [...graphemes(line)];
  const room = width - measure(ELLIPSIS, font);
  let total = measure(line, font);
  while (parts.length > 0 && (total > room || /^\s$/.test(parts.at(-1)!)))
    total -= graphemeWidth(parts.pop()!);
  return `${parts.join("")}${ELLIPSIS}`;
}

/**
 * `text` on one line of at most `width`: the first line `wrapText` gives, with "…" when anything
 * was cut. The rule for labels (moment titles, metric labels) in every output.
 *
 * @example
 * fitLine("Waits ten minutes for a table", 80, approximateTextWidth, { size: 11 }); // "Waits ten…"
 */
export function fitLine(text: string, width: number, measure: TextMeasurer, font: Font): string {
  return wrapText(text, width, measure, font, 1)[0] ?? "";
}

import type { TextMeasurer } from "./journey-layout.js";

const NARROW = /[ijlIt.,;:'!|()[\]{} ]/;
const WIDE = /[mwMW@%&]/;
const FULL_WIDTH =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/**
 * A deterministic approximation of a sans-serif font's widths (Inter/Helvetica-like): works in Node
 * without fonts and errs on the wide side so text never overflows.
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

/**
 * Greedy word wrap to a width; words longer than a line are broken. At most `maxLines` lines, the
 * last ending in "…" when text was cut.
 *
 * @example
 * wrapText("Waits ten minutes for a table", 80, approximateTextWidth, { size: 13 });
 */
export function wrapText(
  text: string,
  width: number,
  measure: TextMeasurer,
  font: { size: number; weight?: number },
  maxLines = 12,
): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate, font) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = "";
      let rest = word;
      while (measure(rest, font) > width) {
        let cut = rest.length - 1;
        while (cut > 1 && measure(rest.slice(0, cut), font) > width) cut--;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  while (lines.length > 1 && lines.at(-1) === "") lines.pop();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/\s*\S?$/, "")}…`;
  return kept;
}

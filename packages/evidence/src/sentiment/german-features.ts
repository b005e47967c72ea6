import { germanStem } from "./german-stems.js";
import { fold } from "./score-text.js";

/** Words after which the customer's conclusion follows ("lecker, aber kalt"). */
const CONTRASTS = new Set(["aber", "jedoch", "allerdings", "trotzdem", "dennoch", "leider", "doch"]);
/** Clauses: a negation in German reaches back to its verb ("Das Essen schmeckte nicht"). */
const CLAUSE = /[.,;:!?]+|\s[-–]\s/;
const LETTERS = /\p{L}+/gu;
/** The shortest word whose start and end are features of their own (compounds: "Lieferverzögerung"). */
const COMPOUND = 7;

/**
 * The German features of a comment the sentiment model reads beside the shared ones: each word's stem
 * (`s:unfreund` for "unfreundliche", "unfreundlichen"), the start and end of a long word's stem, so a
 * compound shares features with its parts (`p:lief`, `x:zoger` for "Lieferverzögerung"), every word of
 * a clause that holds a negator, whichever side of it (`n:gefall` in "hat mir nicht gefallen", `n:kam`
 * in "kam nie an"), and every word after a contrast (`c:kalt` in "lecker, aber kalt").
 *
 * @example
 * germanFeatures("Lecker, aber kam nie an", new Set(["nie"]));
 * // ["s:leck", "s:aber", "n:aber", "s:kam", "n:kam", "c:kam", "s:nie", "c:nie", "s:an", "n:an", "c:an"]
 */
export function germanFeatures(text: string, negators: ReadonlySet<string>): string[] {
  const features: string[] = [];
  let afterContrast = false;
  for (const clause of fold(text).split(CLAUSE)) {
    const words = clause.match(LETTERS);
    if (!words) continue;
    const negated = words.some((word) => negators.has(word));
    for (const word of words) {
      const stem = germanStem(word);
      features.push(`s:${stem}`);
      if (word.length >= COMPOUND) {
        if (stem.length > 4) features.push(`p:${stem.slice(0, 4)}`);
        if (stem.length > 5) features.push(`x:${stem.slice(-5)}`);
      }
      if (negated && !negators.has(word)) features.push(`n:${stem}`);
      if (afterContrast) features.push(`c:${stem}`);
      if (CONTRASTS.has(word)) afterContrast = true;
    }
  }
  return features;
}

/** Whether a field accepts a value where it stands (with its record's other fields, for checks across them). */
export type Accepts = (value: unknown) => boolean;

/**
 * Numbers tried for a number out of range, beside the value rounded: the bounds of every range the
 * format has (scores -3..3, ratings 1..5, CES 1..7, sentiment -1..1, percent 0..100, NPS -100..100,
 * votes 0..1,000,000).
 */
const NUMBER_PROBES = [-1_000_000, -100, -7, -5, -3, -2, -1, 0, 1, 2, 3, 4, 5, 7, 100, 1_000_000];

/**
 * The longest start of `text` the field accepts, cut between characters (never inside a surrogate
 * pair); undefined when the field takes no text at all (not even empty: an enum, a colour, a date).
 *
 * @example
 * longestAccepted("x".repeat(30_000), (v) => typeof v === "string" && v.length <= 20_000); // 20,000 x's
 */
export function longestAccepted(text: string, accepts: Accepts): string | undefined {
  if (!accepts("")) return undefined;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (accepts(cutAt(text, middle))) low = middle;
    else high = middle - 1;
  }
  return cutAt(text, low);
}

/** `text` cut to at most `length` code units, a high surrogate left alone at the end dropped too. */
function cutAt(text: string, length: number): string {
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}

/**
 * The number nearest `value` the field accepts (a score of 99 becomes 3, 3.5 becomes 3 or 4, -5 votes
 * become 0); on a tie the rounded value, then the lower. Undefined when the field takes no number.
 *
 * @example
 * nearestNumber(99, (v) => Number.isInteger(v) && Math.abs(v as number) <= 3); // 3
 */
export function nearestNumber(value: number, accepts: Accepts): number | undefined {
  const accepted = [Math.round(value), ...NUMBER_PROBES].filter((n) => accepts(n));
  // A stable sort: on a tie the earlier candidate (the rounded value, then the lower probe) wins.
  accepted.sort((a, b) => Math.abs(a - value) - Math.abs(b - value));
  return accepted[0];
}

/** A list mended item by item: what is kept, and how many items were cut or taken out. */
export interface MendedList {
  value: unknown[];
  cut: number;
  removed: number;
}

/**
 * A list the field accepts, made from `list` in order: each item kept as it is when the list so far
 * takes it, text cut to the longest start it takes, anything else taken out (a list over its length
 * limit loses its tail). Undefined when even that is refused (the field takes no list).
 *
 * @example
 * mendList(["fine", 5], (v) => Array.isArray(v) && v.every((x) => typeof x === "string")); // { value: ["fine"], cut: 0, removed: 1 }
 */
export function mendList(list: readonly unknown[], accepts: Accepts): MendedList | undefined {
  const kept: unknown[] = [];
  let cut = 0;
  let removed = 0;
  for (const item of list) {
    kept.push(item);
    if (accepts(kept)) continue;
    kept.pop();
    const prefix =
      typeof item === "string" ? longestAccepted(item, (text) => accepts([...kept, text])) : undefined;
    if (prefix === undefined) removed++;
    else {
      kept.push(prefix);
      cut++;
    }
  }
  return accepts(kept) ? { value: kept, cut, removed } : undefined;
}

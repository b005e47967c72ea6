/**
 * One change of a text: `remove` characters at `index` replaced by `insert` (UTF-16 positions).
 *
 * @example
 * const splice: TextSplice = { index: 4, remove: 0, insert: "quickly " }; // "Pay at" → "Pay quickly at"
 */
export interface TextSplice {
  index: number;
  remove: number;
  insert: string;
}

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;
const LOW_SURROGATE = /[\uDC00-\uDFFF]/;

/**
 * The one splice that turns `before` into `after`: their common start and common end are kept, what
 * lies between is the change. A surrogate pair (an emoji) is never cut in two: a change inside one
 * takes the whole pair. (The same rule as lib0's `simpleDiffString`, which Yjs editors use.)
 *
 * @example
 * diffText("Pay at the till", "Pay quickly at the till"); // { index: 4, remove: 0, insert: "quickly " }
 * diffText("Happy 😀", "Happy 😃"); // { index: 6, remove: 2, insert: "😃" }
 */
export function diffText(before: string, after: string): TextSplice {
  let left = 0;
  while (left < before.length && left < after.length && before[left] === after[left]) left++;
  if (left > 0 && HIGH_SURROGATE.test(before[left - 1]!)) left--;
  let right = 0;
  while (
    right + left < before.length &&
    right + left < after.length &&
    before[before.length - right - 1] === after[after.length - right - 1]
  )
    right++;
  if (right > 0 && LOW_SURROGATE.test(before[before.length - right]!)) right--;
  return {
    index: left,
    remove: before.length - left - right,
    insert: after.slice(left, after.length - right),
  };
}

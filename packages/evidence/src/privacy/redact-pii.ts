import luhn from "fast-luhn";

/** What `redactPii` puts in place of each kind of personal data. */
export const REDACTIONS = {
  email: "[email]",
  url: "[link]",
  card: "[card number]",
  phone: "[phone]",
} as const;

/** The value of a digit, ASCII or full-width (U+FF10-FF19); -1 for any other character. */
function digitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

/**
 * Characters that group the digits of a card or phone number: spaces (also no-break U+00A0, narrow
 * no-break U+202F, figure U+2007, thin U+2009, ideographic U+3000), dots, dashes (ASCII, U+2010-2013,
 * full-width), slashes and brackets.
 */
const GROUPING = new Set(" \u00a0\u202f\u2007\u2009\u3000.-\u2010\u2011\u2012\u2013\uff0d/()（）");
const isLetterOrDigit = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);
const isSpace = (ch: string) => /\s/u.test(ch);
/** Characters of an e-mail's local part (before the @). */
const LOCAL = /[\p{L}\p{N}._%+'-]/u;
/** Characters of a domain name (letters of any script, digits, dots, hyphens). */
const DOMAIN = /[\p{L}\p{N}.-]/u;
/** The last label of a domain: letters (`.consulting`, `.рф`) or an ASCII form of one (`.xn--p1ai`). */
const TOP_LEVEL = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{2,59})$/iu;
/** A domain with at least one dot, each label non-empty and not starting or ending with a hyphen. */
const isDomain = (domain: string) => {
  const labels = domain.split(".");
  return (
    labels.length >= 2 &&
    labels.every((l) => l.length > 0 && l.length <= 63 && !l.startsWith("-") && !l.endsWith("-")) &&
    TOP_LEVEL.test(labels.at(-1)!)
  );
};
/** Punctuation that closes a sentence or a bracket after a link rather than belonging to it. */
const TRAILING = /[.,;:!?'")\]}>»”’…]+$/u;
const SCHEME = /^[a-z][a-z0-9+.-]{0,30}:\/\/./i;
/** A host followed by a path: `example.com/receipt` (not a bare `booking.com`). */
const HOST_WITH_PATH = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/[^/]/u;
/** A date as digits (`01.03.2026`, `2026-03-01`, `3/2/26`), not a fourth group (`06.12.34.56.78`). */
const DATE = /^\d{1,4}([./-])\d{1,2}\1\d{1,4}(?!\d|\1\d)/;
/** Digits read in one run at most: longer runs are neither cards nor phones. */
const MAX_RUN_DIGITS = 40;

/** A found span of `text` and what goes in its place. */
interface Span {
  start: number;
  end: number;
  with: string;
}

/** Write `text` with the spans (in order, not overlapping) replaced: one pass. */
function replaceSpans(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const span of spans) {
    parts.push(text.slice(at, span.start), span.with);
    at = span.end;
  }
  parts.push(text.slice(at));
  return parts.join("");
}

/**
 * E-mail addresses: from each @, the local part to its left and the domain to its right. Each
 * character is read by at most one leftward and one rightward walk (both stop at the next @), so the
 * pass is linear whatever the text.
 */
function findEmails(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > from && LOCAL.test(text[start - 1]!)) start--;
    while (start < at && text[start] === ".") start++;
    let end = at + 1;
    while (end < text.length && DOMAIN.test(text[end]!)) end++;
    while (end > at + 1 && (text[end - 1] === "." || text[end - 1] === "-")) end--;
    if (start === at || end === at + 1 || !isDomain(text.slice(at + 1, end))) continue;
    spans.push({ start, end, with: REDACTIONS.email });
    from = end;
    at = end - 1;
  }
  return spans;
}

/**
 * Links: a run of non-space characters starting with a scheme (`https://`), with `www.`, or a host
 * followed by a path; a bare brand name such as "booking.com" stays. Closing punctuation is left out.
 */
function findLinks(text: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isSpace(text[i]!)) i++;
    let end = i;
    while (end < text.length && !isSpace(text[end]!)) end++;
    // Skip opening brackets and quotes before a link: "(www.example.org)".
    let start = i;
    while (start < end && /[("'[<{«“‘]/u.test(text[start]!)) start++;
    const word = text.slice(start, Math.min(end, start + 300));
    if (SCHEME.test(word) || /^www\.[\p{L}\p{N}]/iu.test(word) || HOST_WITH_PATH.test(word)) {
      const trimmed = text.slice(start, end).replace(TRAILING, "");
      if (trimmed.length > 0) spans.push({ start, end: start + trimmed.length, with: REDACTIONS.url });
    }
    i = end;
  }
  return spans;
}

/** Digits standing together in a run, between grouping characters. */
interface DigitGroup {
  start: number;
  end: number;
  digits: string;
}

/**
 * Read a run of digits and grouping characters from `start` (a digit, or a + or bracket before one):
 * its groups and where it ends. At most two grouping characters in a row, at most 40 digits.
 */
function readRun(text: string, start: number): { end: number; groups: DigitGroup[] } {
  const groups: DigitGroup[] = [];
  let end = start;
  let digits = 0;
  let separators = 0;
  while (end < text.length) {
    const d = digitAt(text, end);
    if (d !== -1) {
      if (digits >= MAX_RUN_DIGITS) break;
      digits++;
      const last = groups.at(-1);
      if (last && last.end === end) {
        last.digits += d;
        last.end = end + 1;
      } else groups.push({ start: end, end: end + 1, digits: String(d) });
      separators = 0;
    } else if (end === start || (GROUPING.has(text[end]!) && separators < 2)) separators++;
    else break;
    end++;
  }
  // Give back trailing grouping characters ("call 0176 12345678." keeps its full stop), but keep the
  // closing bracket of "(555)".
  const lastDigit = groups.at(-1)?.end ?? start;
  const closes = text[lastDigit] === ")" && text.slice(start, lastDigit).includes("(");
  return { end: closes ? lastDigit + 1 : lastDigit, groups };
}

/**
 * The longest stretch of groups, each of three or more digits (or one unbroken group), that holds 13
 * to 19 digits passing the Luhn check: a card number, maybe with other numbers beside it.
 */
function cardIn(groups: readonly DigitGroup[]): DigitGroup | undefined {
  let best: DigitGroup | undefined;
  for (let a = 0; a < groups.length; a++) {
    let digits = "";
    for (let b = a; b < groups.length; b++) {
      if (b > a && groups[b]!.digits.length < 3) break;
      if (b === a && groups[a]!.digits.length < 3 && groups.length > 1) break;
      digits += groups[b]!.digits;
      if (digits.length > 19) break;
      if (digits.length >= 13 && luhn(digits) && (!best || digits.length > best.digits.length))
        best = { start: groups[a]!.start, end: groups[b]!.end, digits };
    }
  }
  return best;
}

/**
 * Card and phone numbers: runs of digits (ASCII or full-width) and grouping characters, read once
 * each. A card number is 13-19 digits passing the Luhn check (found within a longer run too); a run is
 * a phone number when it holds 7-15 digits after a + or 00, or 9-15 digits, in groups of two or more
 * digits (at most two single digits, three after a country code). Dates heading a run are skipped;
 * runs glued to letters ("A1234567B") are left alone.
 */
function findNumbers(text: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < text.length) {
    const plus = text[i] === "+" || text[i] === "＋";
    const bracket = text[i] === "(" || text[i] === "（";
    if (digitAt(text, i) === -1 && !((plus || bracket) && digitAt(text, i + 1) !== -1)) {
      i++;
      continue;
    }
    if (isLetterOrDigit(text[i - 1]) || (plus && text[i - 1] === "+")) {
      // Inside a word or a longer number: move past the whole word.
      i++;
      while (i < text.length && (digitAt(text, i) !== -1 || isLetterOrDigit(text[i]))) i++;
      continue;
    }
    const start = i;
    const { end, groups } = readRun(text, start);
    const run = text.slice(start, end);
    const date = DATE.exec(run.normalize("NFKC"));
    if (date) {
      // A date (with the time that may follow it) is never a number to hide: scan again after it.
      i = start + date[0].length;
      continue;
    }
    i = Math.max(end, start + 1);
    if (isLetterOrDigit(text[end]) && digitAt(text, end) === -1) continue;
    const card = cardIn(groups);
    if (card) {
      spans.push({ start: card.start, end: card.end, with: REDACTIONS.card });
      continue;
    }
    const digits = groups.reduce((n, g) => n + g.digits.length, 0);
    const singles = groups.filter((g) => g.digits.length === 1).length;
    const international = plus || run.startsWith("00");
    if (
      ((international && digits >= 7) || digits >= 9) &&
      digits <= 15 &&
      singles <= 2 + (international ? 1 : 0) &&
      groups.length <= 8
    )
      spans.push({ start, end, with: REDACTIONS.phone });
  }
  return spans;
}

/** Merge two sorted span lists, dropping any span that overlaps one kept before it. */
function mergeSpans(a: readonly Span[], b: readonly Span[]): Span[] {
  const all = [...a, ...b].sort((x, y) => x.start - y.start);
  const kept: Span[] = [];
  for (const span of all) if (kept.length === 0 || span.start >= kept.at(-1)!.end) kept.push(span);
  return kept;
}

/** Digits a text must hold (with an @, a slash or "www") before the scans run: the shortest phone. */
const FEWEST_DIGITS = 7;

/** Whether a text can hold anything to redact: an @, a link, or at least seven digits. */
function mayHoldPii(text: string): boolean {
  if (text.includes("@") || text.includes("/") || /www\./i.test(text)) return true;
  let digits = 0;
  for (let i = 0; i < text.length && digits < FEWEST_DIGITS; i++) if (digitAt(text, i) !== -1) digits++;
  return digits >= FEWEST_DIGITS;
}

/**
 * Remove personal data from feedback text before it is stored in a map or shown on screen: e-mail
 * addresses (any top-level domain: `.consulting`, `.co.uk`, `.xn--p1ai`, subdomains), links (with a
 * scheme, `www.`, or a path; a bare brand name such as "booking.com" stays), card numbers (13-19
 * digits passing the Luhn check, grouped by spaces, no-break spaces, dots or dashes, ASCII or
 * full-width digits) and phone numbers (7-15 digits after + or 00, or 9-15 digits, in the usual
 * international groupings; dates and times are left alone). It errs on the side of removing.
 *
 * Runs in time linear in the text's length (each character is read a bounded number of times; no
 * pattern can backtrack over the text): a 1 MB comment takes milliseconds (see `bench/redact.bench.test.ts`).
 *
 * @example
 * redactPii("Call me on +44 20 7946 0958 or mail jo@example.com"); // "Call me on [phone] or mail [email]"
 * redactPii("card 4111\u00a01111\u00a01111\u00a01111, see www.example.org"); // "card [card number], see [link]"
 */
export function redactPii(text: string): string {
  if (!mayHoldPii(text)) return text;
  // A link holding an e-mail address ("…?ref=jo@example.com") goes whole: the earlier span wins.
  const textual = mergeSpans(findLinks(text), findEmails(text));
  const once = replaceSpans(text, textual);
  return replaceSpans(once, findNumbers(once));
}

import luhn from "fast-luhn";
import { find } from "linkifyjs";

/** What `redactPii` puts in place of each kind of personal data. */
export const REDACTIONS = {
  email: "[email]",
  url: "[link]",
  card: "[card number]",
  phone: "[phone]",
} as const;

/** A card-like run: 13 to 19 digits, optionally grouped by spaces or dashes. */
const CARD = /(?<![\d\w])\d(?:[ -]?\d){12,18}(?![\d\w])/g;
/** A phone-like run: an optional +, then digits with spaces, dots, dashes, slashes or brackets. */
const PHONE = /(?<![\w+])(?:\+|00)?\(?\d[\d\s()./-]{5,}\d(?![\w])/g;
/** A cheap test that must pass before anything can be found. */
const MAYBE_PII = /[@/]|www\.|\d{3}/i;
/** Dates and times that look like digit runs: never phones. */
const DATE_LIKE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;

/** Replace spans found in `text`, last first, so earlier positions stay valid. */
function replaceSpans(text: string, spans: { start: number; end: number; with: string }[]): string {
  let out = text;
  for (const span of [...spans].sort((a, b) => b.start - a.start))
    out = out.slice(0, span.start) + span.with + out.slice(span.end);
  return out;
}

/**
 * Remove personal data from feedback text before it is stored in a map: e-mail addresses, links (with
 * a scheme, `www.`, or a path; a bare brand name such as "booking.com" stays), card numbers (13-19
 * digits passing the Luhn check) and phone numbers (7-15 digits starting with + or 00, or 9-15 digits;
 * dates are left alone). Found by linkifyjs, fast-luhn and patterns; it errs on the side of removing.
 *
 * @example
 * redactPii("Call me on +44 20 7946 0958 or mail jo@example.com"); // "Call me on [phone] or mail [email]"
 */
export function redactPii(text: string): string {
  // Most feedback holds none of it: skip the scans unless an @, a slash, "www" or three digits appear.
  if (!MAYBE_PII.test(text)) return text;
  const links = find(text)
    .filter((link) => link.type === "email" || link.type === "url")
    .filter(
      (link) =>
        link.type === "email" ||
        /^[a-z][a-z0-9+.-]*:/i.test(link.value) ||
        /^www\./i.test(link.value) ||
        /\/./.test(link.value),
    )
    .map((link) => ({
      start: link.start,
      end: link.end,
      with: link.type === "email" ? REDACTIONS.email : REDACTIONS.url,
    }));
  let out = replaceSpans(text, links);
  out = out.replace(CARD, (match) => (luhn(match.replace(/\D/g, "")) ? REDACTIONS.card : match));
  out = out.replace(PHONE, (match) => {
    const trimmed = match.trim();
    if (DATE_LIKE.test(trimmed)) return match;
    const digits = trimmed.replace(/\D/g, "").length;
    const international = /^(?:\+|00)/.test(trimmed);
    return (international && digits >= 7 && digits <= 15) || (digits >= 9 && digits <= 15)
      ? REDACTIONS.phone
      : match;
  });
  return out;
}

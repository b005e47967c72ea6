import { toWellFormedText } from "@journeykit/core";

/** Characters XML 1.0 does not allow at all: C0 controls other than tab/newline/CR, U+FFFE/F. */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Anything `escapeXml` changes: markup, control characters, surrogates, U+FFFE/F. */
const NEEDS_WORK = /[&<>"'\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Line and page breaks pasted from Word (vertical tab, form feed): a space between the words. */
const BREAKS = /[\u000B\u000C]/g;

/**
 * Text made safe for XML content and attribute values: markup characters escaped, Word's line and
 * page breaks (U+000B, U+000C) made spaces, other characters XML cannot carry removed, lone
 * surrogates replaced by U+FFFD (`toWellFormedText`). Document text only ever enters SVG through this.
 *
 * @example
 * escapeXml('</text><script>alert("x")</script>'); // "&lt;/text&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
 */
export function escapeXml(text: string): string {
  // Most text (colours, numbers, plain words) needs nothing: one scan instead of seven replaces.
  if (!NEEDS_WORK.test(text)) return text;
  return toWellFormedText(text)
    .replace(BREAKS, " ")
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redactPii } from "./redact-pii.js";

/** A comment of `bytes` characters from a fixed seed: words, digits, dots and @ signs, the hard mix. */
function adversarialComment(
  bytes: number,
  planted: string,
  glue = false,
): { text: string; plantedCount: number } {
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pieces = [
    "wait",
    "x@y",
    "@",
    "..",
    "12",
    "3.4.5",
    "www",
    "9@9.9",
    "a.b",
    "@@",
    "1-2",
    "mail.",
    "a@b.c",
  ];
  const parts: string[] = [];
  let length = 0;
  let plantedCount = 0;
  while (length < bytes) {
    const piece = next() < 0.01 ? planted : pieces[Math.floor(next() * pieces.length)]!;
    if (piece === planted) plantedCount++;
    const separator = glue && next() < 0.3 ? "" : " ";
    parts.push(piece === planted ? ` ${planted} ` : piece + separator);
    length += piece.length + 2;
  }
  return { text: parts.join(""), plantedCount };
}

describe("redactPii", () => {
  it.each([
    ["Mail me: jo.smith+food@example.co.uk please", "Mail me: [email] please"],
    ["Call +44 20 7946 0958 tonight", "Call [phone] tonight"],
    ["my number is 0176 12345678", "my number is [phone]"],
    ["(555) 123-4567 is my cell", "[phone] is my cell"],
    ["Charged twice on 4111 1111 1111 1111!", "Charged twice on [card number]!"],
    ["card 5500-0000-0000-0004 declined", "card [card number] declined"],
    ["see https://example.com/receipt?id=9 for the bill", "see [link] for the bill"],
    ["photos at www.example.org/gallery", "photos at [link]"],
  ])("%s", (text, expected) => {
    expect(redactPii(text)).toBe(expected);
  });

  it.each([
    ["no-break spaces", "card 4111\u00a01111\u00a01111\u00a01111 declined"],
    ["narrow no-break spaces", "card 4111\u202f1111\u202f1111\u202f1111 declined"],
    ["dots", "card 4111.1111.1111.1111 declined"],
    ["dashes", "card 4111-1111-1111-1111 declined"],
    ["no grouping", "card 4111111111111111 declined"],
    ["full-width digits", "card ４１１１ １１１１ １１１１ １１１１ declined"],
    [
      "full-width digits with ideographic spaces",
      "card ４１１１\u3000１１１１\u3000１１１１\u3000１１１１ declined",
    ],
    ["a 15-digit Amex number", "card 3782 822463 10005 declined"],
  ])("card numbers grouped by %s", (_, text) => {
    expect(redactPii(text)).toBe("card [card number] declined");
  });

  it.each([
    ["jo@strategy.consulting"],
    ["j.o'neil@mail.example.co.uk"],
    ["user@xn--80ak6aa92e.xn--p1ai"],
    ["ana@correo.empresa.com.mx"],
    ["JO+receipts@Sub.Example.ORG"],
    ["иван@пример.рф"],
  ])("e-mail on an uncommon domain: %s", (email) => {
    expect(redactPii(`write to ${email}, thanks`)).toBe("write to [email], thanks");
    expect(redactPii(`(${email})`)).toBe("([email])");
  });

  it.each([
    ["www.example.org", "see [link] now"],
    ["www.bistro-nova.co.uk/menu?x=1", "see [link] now"],
    ["WWW.EXAMPLE.COM", "see [link] now"],
    ["http://example.com", "see [link] now"],
    ["example.com/review/42", "see [link] now"],
  ])("a link without or with a scheme: %s", (link, expected) => {
    expect(redactPii(`see ${link} now`)).toBe(expected);
    expect(redactPii(`see (${link}). now`)).toBe("see ([link]). now");
  });

  it.each([
    ["+1 415 555 0100"],
    ["+1-415-555-0100"],
    ["+44 (0)20 7946 0958"],
    ["+33 6 12 34 56 78"],
    ["06.12.34.56.78"],
    ["+49 (176) 1234-5678"],
    ["0049 176 12345678"],
    ["+7 (495) 123-45-67"],
    ["+86 138 0013 8000"],
    ["+91 98765 43210"],
    ["+55 11 91234-5678"],
    ["+34\u00a0612\u00a0345\u00a0678"],
    ["＋８１ ９０ １２３４ ５６７８"],
  ])("a phone in an international format: %s", (phone) => {
    expect(redactPii(`call ${phone} after six`)).toBe("call [phone] after six");
  });

  it("leaves dates, times, prices, short numbers and brand names alone", () => {
    const text = "On 01.03.2026 at 19:30 we paid €45.50 for 2 mains; booking.com was fine; table 12";
    expect(redactPii(text)).toBe(text);
    const more = "Visited 2026-03-01 19:45, 3/2/26 and 12/03/2026 10:00; 4 of us, 2 kids; me@home is a joke";
    expect(redactPii(more)).toBe(more);
  });

  it("a 16-digit number failing the Luhn check is no card number (an order number)", () => {
    expect(redactPii("order 1234 5678 9012 3456")).toBe("order 1234 5678 9012 3456");
  });

  it("leaves codes glued to letters alone (booking references, product codes)", () => {
    expect(redactPii("ref AB12345678CD and R_0abcDEF9876543")).toBe("ref AB12345678CD and R_0abcDEF9876543");
  });

  it("redacts several kinds in one text", () => {
    expect(redactPii("jo@example.com / +1 415 555 0100 / 4111111111111111")).toBe(
      "[email] / [phone] / [card number]",
    );
  });

  it("a link that holds an e-mail address goes whole", () => {
    expect(redactPii("see https://example.com/u?ref=jo@example.com ok")).toBe("see [link] ok");
  });

  it("a 1 MB comment of words, digits, dots and @ signs: every planted e-mail and card found, nothing else changed", () => {
    const { text, plantedCount } = adversarialComment(1_000_000, "jo@example.consulting");
    const out = redactPii(text);
    expect(plantedCount).toBeGreaterThan(100);
    expect(out.split("[email]").length - 1).toBe(plantedCount);
    expect(out).not.toContain("jo@example.consulting");
    // Everything but the planted addresses is noise that must stay as it was.
    expect(out.replaceAll(" [email] ", "")).toBe(text.replaceAll(" jo@example.consulting ", ""));

    const cards = adversarialComment(1_000_000, "4111\u00a01111\u00a01111\u00a01111");
    const redacted = redactPii(cards.text);
    expect(redacted.split("[card number]").length - 1).toBe(cards.plantedCount);

    // Glued noise ("a@b.cwait") makes addresses of its own: the planted ones are gone all the same.
    const glued = adversarialComment(1_000_000, "jo@example.consulting", true);
    expect(redactPii(glued.text)).not.toContain("example.consulting");
  });

  it("a 1 MB run of digits and dots, and one of @ signs, come back whole", () => {
    const digits = "1.".repeat(500_000);
    expect(redactPii(digits)).toBe(digits);
    const ats = "a@".repeat(500_000);
    expect(redactPii(ats)).toBe(ats);
    const links = "www.".repeat(250_000);
    expect(redactPii(links)).toBe("[link].");
  });

  it("ends on any mix of digits, signs, brackets, dots, @ and spaces, and redacting again changes nothing (property)", () => {
    const tricky = fc.constantFrom(..."0123456789０９ +(.)-/@aw.\u00a0\u202fx:".split(""));
    fc.assert(
      fc.property(fc.array(tricky, { maxLength: 120 }), (chars) => {
        const once = redactPii(chars.join(""));
        expect(redactPii(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});

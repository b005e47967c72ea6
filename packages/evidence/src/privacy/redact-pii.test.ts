import { describe, expect, it } from "vitest";
import { redactPii } from "./redact-pii.js";

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

  it("leaves dates, times, prices, short numbers and brand names alone", () => {
    const text = "On 01.03.2026 at 19:30 we paid €45.50 for 2 mains; booking.com was fine; table 12";
    expect(redactPii(text)).toBe(text);
  });

  it("a 16-digit number failing the Luhn check is no card number (an order number)", () => {
    expect(redactPii("order 1234 5678 9012 3456")).toBe("order 1234 5678 9012 3456");
  });

  it("redacts several kinds in one text", () => {
    expect(redactPii("jo@example.com / +1 415 555 0100 / 4111111111111111")).toBe(
      "[email] / [phone] / [card number]",
    );
  });
});

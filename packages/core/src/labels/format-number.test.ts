import { describe, expect, it } from "vitest";
import { formatNumber } from "./format-number.js";

describe("formatNumber", () => {
  it("groups by the locale, en-US by default", () => {
    expect(formatNumber(1412)).toBe("1,412");
    expect(formatNumber(1412, { locale: "de" })).toBe("1.412");
    expect(formatNumber(1412.5, { locale: "fr", digits: 1 })).toBe("1\u202f412,5");
  });

  it("writes a true minus, a plus only when signed, and never a signed zero", () => {
    expect(formatNumber(-12.6)).toBe("−13");
    expect(formatNumber(12.4, { signed: true })).toBe("+12");
    expect(formatNumber(-0.4, { signed: true })).toBe("0");
    expect(formatNumber(-0.004, { digits: 2, fixed: true, signed: true })).toBe("0.00");
  });

  it("keeps fixed decimals only when asked", () => {
    expect(formatNumber(0.1, { digits: 2, fixed: true, signed: true })).toBe("+0.10");
    expect(formatNumber(3.9, { digits: 2 })).toBe("3.9");
  });

  it("falls back to the default locale for a locale the runtime does not know", () => {
    expect(formatNumber(1412, { locale: "not a locale!" })).toBe("1,412");
  });
});

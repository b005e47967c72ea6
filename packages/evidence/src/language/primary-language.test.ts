import { describe, expect, it } from "vitest";
import { primaryLanguage } from "./primary-language.js";

describe("primaryLanguage", () => {
  it("reads the primary tag of a locale, whatever its case and separator", () => {
    expect(primaryLanguage("es-MX")).toBe("es");
    expect(primaryLanguage("DE_at")).toBe("de");
    expect(primaryLanguage("fr")).toBe("fr");
  });

  it("falls back when there is no locale", () => {
    expect(primaryLanguage(undefined)).toBe("en");
    expect(primaryLanguage("")).toBe("en");
    expect(primaryLanguage(undefined, "xx")).toBe("xx");
  });
});

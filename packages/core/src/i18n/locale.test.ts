import { describe, expect, it } from "vitest";
import { isLocale, preferredLocale, resolveLocale } from "./locale.js";

describe("resolveLocale", () => {
  it("reads the language of a tag, whatever its region or case", () => {
    expect(resolveLocale("es-MX")).toBe("es");
    expect(resolveLocale("DE_at")).toBe("de");
    expect(resolveLocale(" fr ")).toBe("fr");
    expect(resolveLocale("en-GB")).toBe("en");
  });

  it("falls back to English for a language not shipped, an empty or malformed tag, or none", () => {
    expect(resolveLocale("pt-BR")).toBe("en");
    expect(resolveLocale("")).toBe("en");
    expect(resolveLocale("not a locale!")).toBe("en");
    expect(resolveLocale(undefined)).toBe("en");
  });
});

describe("preferredLocale", () => {
  it("is the first shipped language in the person's list", () => {
    expect(preferredLocale(["pt-BR", "es-419", "en"])).toBe("es");
    expect(preferredLocale(["de-CH", "fr"])).toBe("de");
  });

  it("is English when none of them is shipped", () => {
    expect(preferredLocale(["ja", "pt"])).toBe("en");
    expect(preferredLocale([])).toBe("en");
  });
});

describe("isLocale", () => {
  it("accepts only the codes of shipped languages", () => {
    expect(isLocale("fr")).toBe(true);
    expect(isLocale("fr-FR")).toBe(false);
    expect(isLocale(null)).toBe(false);
  });
});

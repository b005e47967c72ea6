import { describe, expect, it } from "vitest";
import { coreDe } from "../i18n/core-messages/de.js";
import { coreFr } from "../i18n/core-messages/fr.js";
import { quoteCount } from "./quote-count.js";

describe("quoteCount", () => {
  it("says quote for one and quotes for any other number", () => {
    expect(quoteCount(1)).toBe("1 quote");
    expect(quoteCount(3)).toBe("3 quotes");
    expect(quoteCount(0)).toBe("0 quotes");
  });

  it("groups a large count by the map's locale", () => {
    expect(quoteCount(1204)).toBe("1,204 quotes");
    expect(quoteCount(1204, { locale: "de" })).toBe("1.204 quotes");
  });
});

describe("quoteCount in other languages", () => {
  it("counts in the locale's words and plural rules", () => {
    expect(quoteCount(1204, { locale: "de", messages: coreDe })).toBe("1.204 Zitate");
    expect(quoteCount(1, { locale: "de", messages: coreDe })).toBe("1 Zitat");
    expect(quoteCount(0, { locale: "fr", messages: coreFr })).toBe("0 verbatim");
  });
});

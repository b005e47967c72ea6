import { describe, expect, it } from "vitest";
import { coreEs } from "../i18n/core-messages/es.js";
import { quoteCaption, quoteTone } from "./quote-caption.js";

const map = {
  sources: [
    { id: "src1", kind: "survey" as const, name: "Post-visit survey", importedAt: "2026-03-01T00:00:00Z" },
  ],
};

describe("quoteTone", () => {
  it("is negative from −0.3 down, positive from +0.3 up, neutral between", () => {
    expect(quoteTone(-0.3)).toBe("negative");
    expect(quoteTone(-0.29)).toBe("neutral");
    expect(quoteTone(0)).toBe("neutral");
    expect(quoteTone(0.3)).toBe("positive");
  });

  it("is undefined for a quote without sentiment", () => {
    expect(quoteTone(undefined)).toBeUndefined();
  });
});

describe("quoteCaption", () => {
  it("joins tone, the respondent's own rating and the source's name", () => {
    expect(quoteCaption(map, { sentiment: -0.6, score: 3, scale: "nps", sourceId: "src1" })).toBe(
      "Negative · NPS answer 3 · Post-visit survey",
    );
  });

  it("writes stars as stars, and a rating without a scale as 'rated'", () => {
    expect(quoteCaption(map, { score: 5, scale: "stars" })).toBe("5 stars");
    expect(quoteCaption(map, { score: 1, scale: "stars" })).toBe("1 star");
    expect(quoteCaption(map, { score: 4.5 })).toBe("rated 4.5");
    expect(quoteCaption(map, { score: 4.5 }, { locale: "de" })).toBe("rated 4,5");
  });

  it("leaves out a source the map does not hold, and is empty for a quote with nothing to tell", () => {
    expect(quoteCaption(map, { sentiment: 0.8, sourceId: "gone" })).toBe("Positive");
    expect(quoteCaption(map, {})).toBe("");
  });
});

describe("quoteCaption in other languages", () => {
  it("writes tone and rating in the locale's words, a decimal comma in the score", () => {
    const es = { locale: "es", messages: coreEs };
    expect(quoteCaption(map, { sentiment: -0.6, score: 3, scale: "nps", sourceId: "src1" }, es)).toBe(
      "Negativa · respuesta NPS 3 · Post-visit survey",
    );
    expect(quoteCaption(map, { score: 4.5, scale: "stars" }, es)).toBe("4,5 estrellas");
    expect(quoteCaption(map, { score: 1, scale: "stars" }, es)).toBe("1 estrella");
    expect(quoteCaption(map, { score: 7 }, es)).toBe("valoración 7");
  });
});

import { readFileSync } from "node:fs";
import {
  CARD_MAX_LINES,
  ELLIPSIS,
  isWellFormedText,
  type JourneyMap,
  LIMITS,
  parseJourneyMap,
} from "@journeykit/core";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { renderSvg } from "./render-svg.js";

function hostile(name: string): JourneyMap {
  const result = parseJourneyMap(
    readFileSync(new URL(`../../../core/test/hostile/${name}`, import.meta.url), "utf8"),
  );
  if (!result.ok) throw new Error(`${name} does not parse: ${result.errors[0]?.message}`);
  return result.map;
}
const cardGroup = (svg: string, id: string) =>
  new RegExp(`<g data-card-id="${id}">.*?</g>`).exec(svg)?.[0] ?? "";
const tspans = (group: string) => [...group.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]!);

describe("renderSvg on hostile card text (packages/core/test/hostile)", () => {
  it.each(["long-word-20000.journey.json", "long-grapheme-word-20000.journey.json"])(
    "%s: the long card is CARD_MAX_LINES lines ending in an ellipsis, no emoji split",
    (name) => {
      const map = hostile(name);
      expect(map.cards[0]!.text).toHaveLength(LIMITS.maxTextLength);
      const svg = renderSvg(map);
      expect(XMLValidator.validate(svg)).toBe(true);
      expect(isWellFormedText(svg)).toBe(true);
      const lines = tspans(cardGroup(svg, map.cards[0]!.id));
      expect(lines).toHaveLength(CARD_MAX_LINES);
      expect(lines.at(-1)!.endsWith(ELLIPSIS)).toBe(true);
      // only what is shown is written: not the 20,000 characters
      expect(svg.length).toBeLessThan(renderSvg({ ...map, cards: map.cards.slice(1) }).length + 2_000);
    },
  );

  it("replaces lone surrogates with U+FFFD and stays well-formed XML", () => {
    const map = hostile("lone-surrogate.journey.json");
    const svg = renderSvg(map);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(isWellFormedText(svg)).toBe(true);
    expect(() => encodeURIComponent(svg)).not.toThrow();
    expect(svg).toContain("Lone \uFFFD surrogate");
    expect(tspans(cardGroup(svg, map.cards[0]!.id)).join(" ")).toContain(
      "Cold dish \uFFFD and \uFFFD reversed \uFFFD\uFFFD pair 👍",
    );
    expect(svg).toContain("Order \uFFFD");
  });
});

import { readFileSync } from "node:fs";
import {
  CARD_MAX_LINES,
  ELLIPSIS,
  getTemplate,
  isWellFormedText,
  type JourneyMap,
  LIMITS,
  parseJourneyMap,
} from "@journeykit/core";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { measuredCurveMap } from "../../test/measured-curve-map.js";
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

describe("renderSvg: the measured emotion curve", () => {
  const measuredMap = () => measuredCurveMap("gym-onboarding", "Measured from 140 responses (survey.csv)");
  const dashedPaths = (svg: string) => [...svg.matchAll(/<path [^>]*stroke-dasharray="[^"]*"[^>]*>/g)];

  it("draws the measured curve dashed in the persona's colour, with a legend entry and point titles", () => {
    const map = measuredMap();
    const persona = map.personas[0]!;
    const svg = renderSvg(map);
    expect(XMLValidator.validate(svg)).toBe(true);
    const dashed = dashedPaths(svg);
    expect(dashed).toHaveLength(1);
    expect(dashed[0]![0]).toContain(`stroke="${persona.color}"`);
    expect(svg).toContain(`>${persona.name} measured</text>`);
    expect(svg).toContain(
      `${persona.name}, measured from 140 responses (survey.csv): ${map.stages[0]!.name} −2`,
    );
  });

  it("draws no line across a stage nobody measured: one dashed run per run of neighbouring stages", () => {
    const map = measuredMap();
    const skipped = map.stages[2]!.id;
    const svg = renderSvg({
      ...map,
      emotions: map.emotions.filter((e) => !(e.evidence === "measured" && e.stageId === skipped)),
    });
    expect(dashedPaths(svg)).toHaveLength(2);
    expect(svg).not.toContain(`: ${map.stages[2]!.name} −2`);
  });

  it("draws no dashed curve and no measured legend for a map without measured points", () => {
    const map = getTemplate("gym-onboarding")!.create();
    const svg = renderSvg(map);
    expect(dashedPaths(svg)).toEqual([]);
    expect(svg).not.toContain("measured");
  });
});

describe("renderSvg lane labels", () => {
  it("names a lane's kind in words, and only when its title does not already say it", () => {
    const base = getTemplate("restaurant-complaint-recovery")!.create();
    const map: JourneyMap = {
      ...base,
      lanes: [
        ...base.lanes,
        { id: "kitchen", kind: "backstage", title: "Kitchen" },
        { id: "pp", kind: "painPoints", title: "Pain points" },
      ],
    };
    const svg = renderSvg(map);
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
    expect(texts).toContain("Kitchen");
    expect(texts).toContain("Backstage");
    // Never the format's key ("painPoints"), never the title twice.
    expect(texts).not.toContain("painPoints");
    expect(texts.filter((t) => t === "Pain points")).toHaveLength(
      map.lanes.filter((l) => l.title === "Pain points").length,
    );
  });
});

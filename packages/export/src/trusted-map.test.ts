import * as core from "@journeykit/core";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { generateMap } from "../../core/bench/generate-map.js";
import { fromJson, toJson } from "./json/to-json.js";
import { buildSlides } from "./slides/build-slides.js";
import { renderSvg } from "./svg/render-svg.js";
import { InvalidMapError, trustedMap } from "./trusted-map.js";

vi.mock("@journeykit/core", async (original) => {
  const actual = await original<typeof core>();
  return { ...actual, parseJourneyMap: vi.fn(actual.parseJourneyMap) };
});
const parse = vi.mocked(core.parseJourneyMap);

describe("trustedMap validates each map once", () => {
  beforeEach(() => parse.mockClear());
  const map = () => generateMap({ stages: 2, lanes: 2, cardsPerCell: 1, personas: 1 });

  it("returns a copy, and that copy as it is when given back", () => {
    const input = map();
    const valid = trustedMap(input);
    expect(valid).not.toBe(input);
    expect(valid).toEqual(input);
    expect(trustedMap(valid)).toBe(valid);
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it("validates a caller's own map every time, so changing it in place is still caught", () => {
    const input = map();
    trustedMap(input);
    input.cards[0]!.stageId = "nowhere";
    expect(() => trustedMap(input)).toThrow(InvalidMapError);
    expect(parse).toHaveBeenCalledTimes(2);
  });

  it("an export of a trusted, imported or deck map validates nothing again", () => {
    const valid = trustedMap(map());
    renderSvg(valid);
    expect(parse).toHaveBeenCalledTimes(1);
    const imported = fromJson(toJson(map()));
    expect(imported.ok).toBe(true);
    parse.mockClear();
    if (imported.ok) renderSvg(buildSlides(imported.map).map);
    expect(parse).toHaveBeenCalledTimes(0);
  });

  it("an export of an unknown map validates it once", () => {
    renderSvg(map());
    expect(parse).toHaveBeenCalledTimes(1);
    buildSlides(map());
    expect(parse).toHaveBeenCalledTimes(2);
  });
});

import { createCard, getTemplate } from "@journeykit/core";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { SLIDE_PRESETS } from "../png/slide-presets.js";
import { buildSlides } from "../slides/build-slides.js";
import { SVG_THEMES } from "../theme/export-theme.js";
import { renderSlideSvg } from "./render-slide-svg.js";

describe("renderSlideSvg", () => {
  it("draws a slide of the deck at each preset's size: the overview by default, any slide by number", () => {
    const map = getTemplate("hotel-check-in-blueprint")!.create();
    for (const [preset, { width, height }] of Object.entries(SLIDE_PRESETS)) {
      const svg = renderSlideSvg(map, { preset: preset as keyof typeof SLIDE_PRESETS });
      expect(XMLValidator.validate(svg)).toBe(true);
      expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${width}" height="${height}"`));
      expect(svg).toContain(`>${map.title}</text>`);
      for (const stage of map.stages) expect(svg).toContain(stage.name);
      expect(svg).not.toContain("◎");
    }
    const deck = buildSlides(map, { size: "16:9" });
    const stagesAt = deck.slides.findIndex(
      (s) => s.kind === "stages" && s.items.some((i) => i.name === "Line of visibility"),
    );
    const stageSlide = renderSlideSvg(map, { preset: "16:9", slide: stagesAt + 1 });
    expect(stageSlide).toContain("Line of visibility");
    expect(stageSlide).toMatch(/<line [^>]*stroke-dasharray="[\d. ]+"/);
    // Nothing smaller than 10 pt: at 2 px per point, no font-size under 10 in the viewBox's points.
    const sizes = [...stageSlide.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10);
    expect(() => renderSlideSvg(map, { preset: "16:9", slide: deck.slides.length + 1 })).toThrow(RangeError);
  });

  it("uses the theme's background unless one is given, and escapes text and attributes", () => {
    const map = getTemplate("gym-onboarding")!.create();
    map.title = '</text><script>alert("x")</script>';
    map.cards.push(
      createCard({ id: "evil", laneId: map.lanes[0]!.id, stageId: map.stages[0]!.id, text: "<b>" }),
    );
    const dark = renderSlideSvg(map, { preset: "16:9", theme: "dark" });
    expect(dark).toContain(`<rect width="100%" height="100%" fill="${SVG_THEMES.dark.background}"/>`);
    expect(dark).not.toContain("<script");
    expect(XMLValidator.validate(dark)).toBe(true);
    const own = renderSlideSvg(map, { preset: "4:3", background: '"red" onload="x"', fontFamily: "A'B" });
    expect(own).not.toContain('onload="x"');
    expect(XMLValidator.validate(own)).toBe(true);
  });

  it("refuses an invalid map with the path that is wrong", () => {
    const map = getTemplate("saas-trial")!.create();
    map.cards[0]!.stageId = "nowhere";
    expect(() => renderSlideSvg(map, { preset: "16:9" })).toThrow(/cards\[0\]\.stageId/);
  });
});

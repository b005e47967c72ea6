import { createCard, getTemplate } from "@journeykit/core";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { SLIDE_PRESETS } from "../png/slide-presets.js";
import { renderSlideSvg } from "./render-slide-svg.js";
import { renderSvg } from "./render-svg.js";
import { SVG_THEMES } from "./svg-theme.js";

describe("renderSlideSvg", () => {
  it("frames the whole map in each preset's size, under a title bar", () => {
    const map = getTemplate("saas-trial")!.create();
    for (const [preset, { width, height }] of Object.entries(SLIDE_PRESETS)) {
      const svg = renderSlideSvg(map, { preset: preset as keyof typeof SLIDE_PRESETS });
      expect(XMLValidator.validate(svg)).toBe(true);
      expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${width}" height="${height}"`));
      expect(svg).toContain(`>${map.title}</text>`);
      expect(svg).toContain(`Current state · ${map.stages.length} stages`);
      expect(svg).toMatch(/<g transform="translate\(\d+ \d+\) scale\([\d.]+\)">/);
      // The map itself is drawn without its own title bar.
      expect(svg).toContain(
        renderSvg(map, { title: false })
          .replace(/^<svg[^>]*>/, "")
          .slice(0, 200),
      );
    }
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

import { createCard, createStage, getTemplate, type JourneyMap } from "@journeykit/core";
import { XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { toPptx } from "../src/index";

async function slides(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  expect(zip.file("[Content_Types].xml")).not.toBeNull();
  const names = Object.keys(zip.files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1]));
  return Promise.all(names.map((n) => zip.file(n)!.async("string")));
}
const texts = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]!);

describe("toPptx", () => {
  it("makes a title slide, the map as native shapes, a slide per persona and an insights slide", async () => {
    const map = getTemplate("restaurant-complaint-recovery")!.create();
    const xml = await slides(await toPptx(map));
    expect(xml).toHaveLength(1 + 1 + map.personas.length + 1);
    for (const slide of xml) expect(XMLValidator.validate(slide)).toBe(true);
    const mapSlide = xml[1]!;
    expect(mapSlide).not.toContain("<p:pic>");
    expect((mapSlide.match(/<p:sp>/g) ?? []).length).toBeGreaterThan(map.cards.length);
    const onMap = texts(mapSlide).join("\n");
    for (const card of map.cards)
      expect(onMap).toContain(card.text.replace(/&/g, "&amp;").replace(/'/g, "&apos;").slice(0, 12));
    for (const stage of map.stages) expect(onMap).toContain(stage.name.replace(/&/g, "&amp;").slice(0, 10));
    const persona = texts(xml[2]!).join("\n");
    for (const quadrant of ["Thinks", "Feels", "Says", "Does"]) expect(persona).toContain(quadrant);
    expect(texts(xml.at(-1)!).join("\n")).toContain("The dish arrives cold");
  });

  it("splits a wide map across slides", async () => {
    const map: JourneyMap = getTemplate("coffee-shop-mobile-ordering")!.create();
    for (let i = 0; i < 10; i++) {
      const stage = createStage({ id: `extra-${i}`, name: `Extra ${i}` });
      map.stages.push(stage);
      map.cards.push(
        createCard({ id: `extra-card-${i}`, laneId: map.lanes[0]!.id, stageId: stage.id, text: `Step ${i}` }),
      );
    }
    const xml = await slides(await toPptx(map));
    const titles = xml.map((s) => texts(s)[0]);
    expect(titles.filter((t) => /map \(\d\/3\)/.test(t ?? ""))).toHaveLength(3);
  });

  it("keeps hostile text as text and the XML well-formed", async () => {
    const map = getTemplate("gym-onboarding")!.create();
    map.cards[0]!.text = '</a:t><script>alert("x")</script> & \u0007bell';
    map.personas[0]!.name = "<Sam & co>";
    const xml = await slides(await toPptx(map));
    for (const slide of xml) {
      expect(XMLValidator.validate(slide)).toBe(true);
      expect(slide).not.toContain("<script>");
    }
    expect(xml.join("")).toContain("&lt;/a:t&gt;&lt;script&gt;");
  });
});

import { createCard, createStage, getTemplate, type JourneyMap } from "@journeykit/core";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { toPptx } from "../src/index";

interface Deck {
  zip: JSZip;
  slides: string[];
  notes: string[];
}

const byNumber = (a: string, b: string) =>
  Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]);

async function open(bytes: Uint8Array): Promise<Deck> {
  const zip = await JSZip.loadAsync(bytes);
  expect(zip.file("[Content_Types].xml")).not.toBeNull();
  const read = (re: RegExp) =>
    Promise.all(
      Object.keys(zip.files)
        .filter((n) => re.test(n))
        .sort(byNumber)
        .map((n) => zip.file(n)!.async("string")),
    );
  return {
    zip,
    slides: await read(/^ppt\/slides\/slide\d+\.xml$/),
    notes: await read(/^ppt\/notesSlides\/notesSlide\d+\.xml$/),
  };
}
const texts = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]!);
const xmlText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/'/g, "&apos;");
/** Font sizes (points) of every text run and default in a part. */
const sizes = (xml: string) =>
  [...xml.matchAll(/<a:(?:rPr|defRPr|endParaRPr)\b[^>]*\bsz="(\d+)"/g)].map((m) => Number(m[1]) / 100);
/** Sizes of the runs that carry text (what people read). */
function runSizes(xml: string): number[] {
  return [
    ...xml.matchAll(/<a:r>\s*<a:rPr\b[^>]*\bsz="(\d+)"[^>]*\/?>(?:(?!<\/a:r>)[\s\S])*?<a:t>([^<]+)<\/a:t>/g),
  ].map((m) => Number(m[1]) / 100);
}
const shapeNames = (xml: string) => [...xml.matchAll(/<p:cNvPr\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]!);

describe("toPptx on a 5-stage, 2-persona map (online store checkout)", () => {
  const map = getTemplate("online-store-checkout")!.create();
  let deck: Deck;
  beforeAll(async () => {
    deck = await open(await toPptx(map));
  });

  it("has an overview, the curve, stage groups, a slide per persona and the insights, all well-formed, no pictures", () => {
    for (const slide of deck.slides) {
      expect(XMLValidator.validate(slide)).toBe(true);
      expect(slide).not.toContain("<p:pic>");
    }
    const titles = deck.slides.map((s) => texts(s)[0]);
    expect(titles[0]).toBe(xmlText(map.title));
    expect(titles).toContain(`${xmlText(map.title)}: emotion curve`);
    expect(titles.filter((t) => /: stages? \d/.test(t ?? "")).length).toBeGreaterThanOrEqual(2);
    for (const persona of map.personas) expect(titles).toContain(xmlText(persona.name));
    expect(titles.at(-1)).toMatch(/^Moments at risk and metrics/);
    const all = deck.slides.map((s) => texts(s).join("\n")).join("\n");
    for (const card of map.cards) expect(all).toContain(xmlText(card.text).split(" ").slice(0, 2).join(" "));
    for (const quadrant of ["Thinks", "Feels", "Says", "Does"]) expect(all).toContain(quadrant);
  });

  it("sets no text below 10 pt on any slide and body text at 12 pt or more", () => {
    deck.slides.forEach((slide, i) => {
      const all = sizes(slide);
      expect(all.length, `slide ${i + 1}`).toBeGreaterThan(0);
      expect(Math.min(...all), `slide ${i + 1}`).toBeGreaterThanOrEqual(10);
      const runs = runSizes(slide);
      const counts = new Map<number, number>();
      for (const s of runs) counts.set(s, (counts.get(s) ?? 0) + 1);
      const body = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
      expect(body, `slide ${i + 1}: the most used size`).toBeGreaterThanOrEqual(12);
    });
    // The runs of the card shapes ("Card: …") that hold a card's text (not its badges).
    const cardShapes = (slide: string) =>
      slide.split("<p:sp>").filter((sp) => /<p:cNvPr [^>]*name="Card: /.test(sp));
    const cardRuns = deck.slides
      .flatMap(cardShapes)
      .flatMap((slide) =>
        [...slide.matchAll(/<a:rPr\b[^>]*\bsz="(\d+)"[^>]*\/?>(?:(?!<\/a:r>)[\s\S])*?<a:t>([^<]+)<\/a:t>/g)]
          .filter((m) => map.cards.some((c) => xmlText(c.text).startsWith(m[2]!)))
          .map((m) => Number(m[1]) / 100),
      );
    expect(cardRuns.length).toBeGreaterThan(map.cards.length / 2);
    expect(Math.min(...cardRuns)).toBeGreaterThanOrEqual(12);
  });

  it("draws the emotion curve as a native line chart whose data is an embedded workbook, one series per persona", async () => {
    const charts = Object.keys(deck.zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    expect(charts.length).toBeGreaterThanOrEqual(1);
    const chart = await deck.zip.file(charts[0]!)!.async("string");
    expect(chart).toContain("<c:lineChart>");
    expect((chart.match(/<c:ser>/g) ?? []).length).toBe(map.personas.length);
    for (const persona of map.personas) expect(chart).toContain(xmlText(persona.name));
    expect(chart).toMatch(/<c:externalData r:id="rId\d+"/);
    const rels = await deck.zip
      .file(charts[0]!.replace("charts/", "charts/_rels/").replace(/\.xml$/, ".xml.rels"))!
      .async("string");
    const workbook = /Target="([^"]+\.xlsx)"/.exec(rels)![1]!;
    const xlsx = await JSZip.loadAsync(
      await deck.zip.file(`ppt/${workbook.replace(/^\.\.\//, "")}`)!.async("uint8array"),
    );
    expect(xlsx.file("xl/worksheets/sheet1.xml")).not.toBeNull();
    for (const size of sizes(chart)) expect(size).toBeGreaterThanOrEqual(10);
  });

  it("names shapes so people find them: stages, lanes, touchpoints, the curve", () => {
    const names = deck.slides.flatMap(shapeNames);
    map.stages.forEach((stage, i) => {
      expect(names).toContain(`Stage ${i + 1}: ${xmlText(stage.name)}`);
    });
    expect(names).toContain("Emotion curve");
    expect(names.some((n) => n.startsWith("Touchpoint: "))).toBe(true);
    expect(names.some((n) => n.startsWith("Lane: "))).toBe(true);
    expect(names.some((n) => n.startsWith("Metric: "))).toBe(true);
  });

  it("puts what happens, the pain points and the moments of each stage in its slides' speaker notes", () => {
    const notes = deck.notes.map((n) => texts(n).join("\n")).join("\n");
    map.stages.forEach((stage, i) => {
      expect(notes).toContain(`Stage ${i + 1}: ${xmlText(stage.name)}`);
    });
    expect(notes).toContain("Pain points:");
    for (const moment of map.momentsOfTruth) expect(notes).toContain(xmlText(moment.title));
  });

  it("makes the map's colours the theme's and defines a slide master", async () => {
    const theme = await deck.zip.file("ppt/theme/theme1.xml")!.async("string");
    const accent1 = /<a:accent1><a:srgbClr val="([0-9A-F]{6})"\/><\/a:accent1>/.exec(theme)![1];
    expect(accent1).toBe(map.personas[0]!.color.replace("#", "").toUpperCase());
    expect(XMLValidator.validate(theme)).toBe(true);
    const layouts = Object.keys(deck.zip.files).filter((n) =>
      /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(n),
    );
    const masters = await Promise.all(layouts.map((n) => deck.zip.file(n)!.async("string")));
    expect(masters.some((m) => m.includes('name="journeykit"'))).toBe(true);
  });
});

describe("toPptx sizes and splitting", () => {
  it("makes 4:3 decks (10 × 7.5 in) and 16:9 (13.333 × 7.5 in)", async () => {
    const map = getTemplate("gym-onboarding")!.create();
    const size = async (bytes: Uint8Array) => {
      const xml = await (await JSZip.loadAsync(bytes)).file("ppt/presentation.xml")!.async("string");
      const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
        "p:presentation": { "p:sldSz": Record<string, string> };
      };
      return [
        Number(parsed["p:presentation"]["p:sldSz"]["@_cx"]),
        Number(parsed["p:presentation"]["p:sldSz"]["@_cy"]),
      ];
    };
    expect(await size(await toPptx(map, { size: "4:3" }))).toEqual([9144000, 6858000]);
    expect(await size(await toPptx(map))).toEqual([12192000, 6858000]);
    await expect(toPptx(map, { size: "A4" as never })).rejects.toThrow(RangeError);
  });

  it("splits a wide map into stage groups that keep 12 pt cards", async () => {
    const map: JourneyMap = getTemplate("coffee-shop-mobile-ordering")!.create();
    for (let i = 0; i < 10; i++) {
      const stage = createStage({ id: `extra-${i}`, name: `Extra ${i}` });
      map.stages.push(stage);
      map.cards.push(
        createCard({ id: `extra-card-${i}`, laneId: map.lanes[0]!.id, stageId: stage.id, text: `Step ${i}` }),
      );
    }
    const deck = await open(await toPptx(map));
    const groups = new Set(
      deck.slides.map((s) => /: (stages? [\d–]+)/.exec(texts(s)[0] ?? "")?.[1]).filter(Boolean),
    );
    expect(groups.size).toBeGreaterThanOrEqual(5);
    for (const slide of deck.slides) expect(Math.min(...sizes(slide))).toBeGreaterThanOrEqual(10);
  });

  it("keeps hostile text as text and the XML well-formed", async () => {
    const map = getTemplate("gym-onboarding")!.create();
    map.cards[0]!.text = '</a:t><script>alert("x")</script> & \u0007bell';
    map.personas[0]!.name = "<Sam & co>";
    const deck = await open(await toPptx(map));
    for (const slide of deck.slides) {
      expect(XMLValidator.validate(slide)).toBe(true);
      expect(slide).not.toContain("<script>");
    }
    expect(deck.slides.join("")).toContain("&lt;/a:t&gt;&lt;script&gt;");
  });
});

import { readFileSync } from "node:fs";
import { CARD_MAX_LINES, ELLIPSIS, getTemplate, type JourneyMap, parseJourneyMap } from "@journeykit/core";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { measuredCurveMap } from "../../test/measured-curve-map.js";
import { toPptx } from "./to-pptx.js";

function hostile(name: string): JourneyMap {
  const result = parseJourneyMap(
    readFileSync(new URL(`../../../core/test/hostile/${name}`, import.meta.url), "utf8"),
  );
  if (!result.ok) throw new Error(`${name} does not parse: ${result.errors[0]?.message}`);
  return result.map;
}

/** Every XML part of the deck, decoded as strict UTF-8 (invalid bytes throw). */
async function xmlParts(bytes: Uint8Array): Promise<[string, string][]> {
  const zip = await JSZip.loadAsync(bytes);
  const strict = new TextDecoder("utf-8", { fatal: true });
  const names = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n));
  return Promise.all(
    names.map(async (n) => [n, strict.decode(await zip.file(n)!.async("uint8array"))] as [string, string]),
  );
}
const texts = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]!);

describe("toPptx on hostile text (packages/core/test/hostile)", () => {
  it("writes lone surrogates as U+FFFD: every part is valid UTF-8 and well-formed XML", async () => {
    const map = hostile("lone-surrogate.journey.json");
    // JSZip's own UTF-8 encoder, as in a browser (in Node, Buffer would replace lone surrogates itself)
    const support = JSZip.support as { nodebuffer: boolean };
    const nodebuffer = support.nodebuffer;
    support.nodebuffer = false;
    let bytes: Uint8Array;
    try {
      bytes = await toPptx(map);
    } finally {
      support.nodebuffer = nodebuffer;
    }
    const parts = await xmlParts(bytes);
    for (const [name, xml] of parts) expect(XMLValidator.validate(xml), name).toBe(true);
    const all = parts.map(([, xml]) => xml).join("\n");
    expect(all).toContain("Lone \uFFFD surrogate");
    expect(all).toContain("Maya \uFFFD");
    expect(all).toContain("Order \uFFFD");
    const card = parts
      .flatMap(([, xml]) => texts(xml))
      .join(" ")
      .replace(/\s+/g, " ");
    expect(card).toContain("\uFFFD and \uFFFD reversed \uFFFD\uFFFD pair 👍");
  });

  it("draws a 20,000-character word as the layout's lines, cut with an ellipsis", async () => {
    const map = hostile("long-word-20000.journey.json");
    const word = map.cards[0]!.text;
    const withCard = (parts: [string, string][]) =>
      parts.find(
        ([name, xml]) => /^ppt\/slides\/slide\d+\.xml$/.test(name) && xml.includes(word.slice(0, 20)),
      )![1];
    const mapSlide = withCard(await xmlParts(await toPptx(map)));
    const pieces = texts(mapSlide).filter(
      (t) => t.length > 5 && (word.includes(t) || word.includes(t.slice(0, -1))),
    );
    expect(pieces.length).toBe(CARD_MAX_LINES);
    expect(pieces.at(-1)!.endsWith(ELLIPSIS)).toBe(true);
    // only what is shown is written: not the 20,000 characters
    const short = { ...map, cards: map.cards.map((c, i) => (i === 0 ? { ...c, text: "x" } : c)) };
    const shortSlide = (await xmlParts(await toPptx(short))).find(
      ([n, xml]) => /^ppt\/slides\/slide\d+\.xml$/.test(n) && xml.includes(">x<"),
    )![1];
    expect(mapSlide.length).toBeLessThan(shortSlide.length + 8_000);
  });
});

describe("toPptx: the measured emotion curve", () => {
  const map = getTemplate("gym-onboarding")!.create();
  const measured = measuredCurveMap("gym-onboarding");
  const persona = measured.personas[0]!;
  type Pt = { "c:v": string | number };
  type Ser = {
    "c:tx": { "c:strRef": { "c:strCache": { "c:pt": Pt[] } } };
    "c:spPr": { "a:ln": { "a:prstDash": { "@_val": string } } };
    "c:val": { "c:numRef": { "c:numCache": { "c:pt"?: Pt[] } } };
  };
  type ChartDoc = { "c:chartSpace": { "c:chart": { "c:plotArea": { "c:lineChart": { "c:ser": Ser[] } } } } };
  type Series = { name: string; dash: string; values: number[] };
  /** Each emotion chart of the deck (overview and emotion slide): its series' names, dashes and values. */
  const chartSeries = async (bytes: Uint8Array): Promise<Series[][]> => {
    const charts = (await xmlParts(bytes)).filter(
      ([name, xml]) => /^ppt\/charts\/chart\d+\.xml$/.test(name) && xml.includes("Emotion per stage"),
    );
    expect(charts.length).toBeGreaterThan(0);
    const parser = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => name === "c:ser" || name === "c:pt",
    });
    return charts.map(([, xml]) => {
      const doc = parser.parse(xml) as ChartDoc;
      const series = doc["c:chartSpace"]["c:chart"]["c:plotArea"]["c:lineChart"]["c:ser"];
      return series.map((s) => ({
        name: String(s["c:tx"]["c:strRef"]["c:strCache"]["c:pt"][0]!["c:v"]),
        dash: String(s["c:spPr"]["a:ln"]["a:prstDash"]["@_val"]),
        values: (s["c:val"]["c:numRef"]["c:numCache"]["c:pt"] ?? []).map((p) => Number(p["c:v"])),
      }));
    });
  };

  it("adds a dashed series '<name> (measured)' beside the personas' solid ones", async () => {
    for (const series of await chartSeries(await toPptx(measured))) {
      expect(series.map((s) => s.name)).toEqual([
        ...map.personas.map((p) => p.name),
        `${persona.name} (measured)`,
      ]);
      expect(series.map((s) => s.dash)).toEqual([...map.personas.map(() => "solid"), "dash"]);
      expect(series.at(-1)!.values).toEqual(map.stages.map((_, i) => (i % 2 === 0 ? -2 : 1)));
    }
  });

  it("has no measured series for a map without measured points", async () => {
    for (const series of await chartSeries(await toPptx(map)))
      expect(series.map((s) => s.name)).toEqual(map.personas.map((p) => p.name));
  });
});

import { coreEn } from "@journeykit/core";
import { coreEs } from "@journeykit/core/locales/es";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { englishOnlyWords, wordsFound } from "../../test/deck-words.js";
import { languageMap } from "../../test/language-map.js";
import { exportEn } from "../i18n/export-messages/en.js";
import { exportEs } from "../i18n/export-messages/es.js";
import { toPptx } from "./to-pptx.js";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (xml: string) => xml.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);

/** The texts of the deck's parts people read, by kind: slide runs, speaker notes, charts (titles, series, stages). */
async function deckXmlTexts(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (pattern: RegExp, tag: RegExp) => {
    const names = Object.keys(zip.files).filter((name) => pattern.test(name));
    const parts = await Promise.all(names.map((name) => zip.file(name)!.async("string")));
    return parts.flatMap((xml) => [...xml.matchAll(tag)].map((m) => decode(m[1]!)));
  };
  return {
    slides: await read(/^ppt\/slides\/slide\d+\.xml$/, /<a:t>([^<]*)<\/a:t>/g),
    notes: await read(/^ppt\/notesSlides\/notesSlide\d+\.xml$/, /<a:t>([^<]*)<\/a:t>/g),
    charts: await read(/^ppt\/charts\/chart\d+\.xml$/, /<(?:a:t|c:v)>([^<]*)<\/(?:a:t|c:v)>/g),
    title: await read(/^docProps\/core\.xml$/, /<dc:title>([^<]*)<\/dc:title>/g),
  };
}

describe("toPptx in the reader's language", () => {
  it("writes a Spanish deck from the locale alone: slides, notes and the native chart, no English word", async () => {
    const map = languageMap({ messages: coreEs });
    const { slides, notes, charts, title } = await deckXmlTexts(await toPptx(map, { locale: "es" }));
    expect(slides).toContain("Espera (min) 12,5 ±6,3");
    expect(slides).toContain("NPS +32 ±6 · n=1412");
    expect(slides).toContain("Cafetería Aurora: curva emocional");
    expect(slides).toContain("Cafetería Aurora: etapas 1–3 (1/2)");
    expect(slides).toContain("Momentos en riesgo y métricas");
    expect(slides).toContain("Línea de visibilidad");
    expect(notes.join("\n")).toContain("Qué ocurre:");
    expect(charts).toContain("Emoción por etapa (−3 muy negativa … +3 muy positiva)");
    expect(charts).toContain("Lucía (medición)");
    expect(title).toEqual(["Cafetería Aurora"]);
    const english = englishOnlyWords({ ...coreEn, ...exportEn }, { ...coreEs, ...exportEs });
    expect(wordsFound([...slides, ...notes, ...charts], english)).toEqual([]);
  });

  it("writes English by default, where the same check finds the English words", async () => {
    const { slides, charts } = await deckXmlTexts(await toPptx(languageMap({ messages: coreEs })));
    expect(slides).toContain("Espera (min) 12.5 ±6.3");
    expect(slides).toContain("Cafetería Aurora: emotion curve");
    expect(charts).toContain("Lucía (measured)");
    const english = englishOnlyWords({ ...coreEn, ...exportEn }, { ...coreEs, ...exportEs });
    expect(wordsFound([...slides, ...charts], english)).toEqual(
      expect.arrayContaining(["curve", "measured"]),
    );
  });
});

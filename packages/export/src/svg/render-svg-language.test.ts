import { coreEn } from "@journeykit/core";
import { coreDe } from "@journeykit/core/locales/de";
import { coreEs } from "@journeykit/core/locales/es";
import { describe, expect, it } from "vitest";
import { englishOnlyWords, wordsFound } from "../../test/deck-words.js";
import { languageMap } from "../../test/language-map.js";
import { exportDe } from "../i18n/export-messages/de.js";
import { exportEn } from "../i18n/export-messages/en.js";
import { exportEs } from "../i18n/export-messages/es.js";
import { renderSvg } from "./render-svg.js";

/** The SVG's text content, tooltips (`<title>`) included, and its aria-label: what a person reads or hears. */
function svgTexts(svg: string): string[] {
  const label = /aria-label="([^"]*)"/.exec(svg)?.[1] ?? "";
  const content = [...svg.matchAll(/>([^<]+)</g)].map((m) => m[1]!);
  return [label, ...content].map((text) => text.replaceAll("&amp;", "&").replaceAll("&quot;", '"'));
}

describe("renderSvg in the reader's language", () => {
  it("writes the whole map in Spanish: the layout's words, the scale, legend, tooltips and aria-label", () => {
    const map = languageMap({ messages: coreEs });
    const svg = renderSvg(map, { locale: "es", messages: { ...coreEs, ...exportEs } });
    const texts = svgTexts(svg);
    expect(texts[0]).toBe("Mapa del recorrido del cliente: Cafetería Aurora");
    expect(texts).toEqual(
      expect.arrayContaining([
        "encantado +3",
        "muy insatisfecho −3",
        "Lucía (medición)",
        "Momento de la verdad propio: Vaso equivocado",
        "Lucía, medido: Recoger −3",
        "Espera (min) 12,5 ±6,3",
        "Línea de visibilidad",
        "Estado actual · Lucía · 3 etapas",
      ]),
    );
    const english = englishOnlyWords({ ...coreEn, ...exportEn }, { ...coreEs, ...exportEs });
    expect(wordsFound(texts, english)).toEqual([]);
  });

  it("writes German with the map's own words untouched, English without messages", () => {
    const map = languageMap({ messages: coreDe });
    const german = svgTexts(renderSvg(map, { locale: "de", messages: { ...coreDe, ...exportDe } }));
    expect(german).toEqual(expect.arrayContaining(["begeistert +3", "Lucía gemessen", "Cafetería Aurora"]));
    expect(
      wordsFound(german, englishOnlyWords({ ...coreEn, ...exportEn }, { ...coreDe, ...exportDe })),
    ).toEqual([]);
    const english = svgTexts(renderSvg(map));
    expect(english[0]).toBe("Journey map: Cafetería Aurora");
    expect(english).toEqual(expect.arrayContaining(["delighted +3", "Lucía measured"]));
  });
});

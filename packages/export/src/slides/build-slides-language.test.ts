import { coreEn, getTemplate, metricFigure } from "@journeykit/core";
import { coreDe } from "@journeykit/core/locales/de";
import { coreEs } from "@journeykit/core/locales/es";
import { describe, expect, it } from "vitest";
import { deckTexts, englishOnlyWords, wordsFound } from "../../test/deck-words.js";
import { languageMap } from "../../test/language-map.js";
import { loadExportMessages } from "../i18n/export-catalogue.js";
import { exportDe } from "../i18n/export-messages/de.js";
import { exportEn } from "../i18n/export-messages/en.js";
import { exportEs } from "../i18n/export-messages/es.js";
import { buildSlides } from "./build-slides.js";
import type { SlideDeck } from "./slide-model.js";
import { measure } from "./slide-text.js";

const english = { ...coreEn, ...exportEn };

/** Lines wider than their text box (0.5 pt of slack): what a long word that pushes out of its box shows. */
function overflowing(deck: SlideDeck): string[] {
  return deck.slides.flatMap((slide) =>
    slide.items.flatMap((item) =>
      item.type !== "text"
        ? []
        : item.paragraphs
            .filter((p) => measure(p.text, p.size, p.bold) > item.w - 2 * item.padding + 0.5)
            .map((p) => `${slide.title} / ${item.name}: "${p.text}"`),
    ),
  );
}

describe("buildSlides in the reader's language", () => {
  it("writes a Spanish deck: Spanish titles, notes, tables and chart, numbers as Spanish writes them", async () => {
    const map = languageMap({ messages: coreEs });
    const deck = buildSlides(map, { locale: "es", messages: await loadExportMessages("es") });
    const texts = deckTexts(deck);
    // Core writes an NPS margin in whole points, a mean's with one decimal.
    expect(texts).toContain("NPS +32 ±6 · n=1412");
    expect(texts).toContain("Espera (min) 12,5 ±6,3");
    expect(texts.join("\n")).not.toContain("±6.3");
    expect(deck.slides.map((s) => s.title)).toEqual([
      "Cafetería Aurora",
      "Cafetería Aurora: curva emocional",
      "Cafetería Aurora: etapas 1–3 (1/2)",
      "Cafetería Aurora: etapas 1–3 (2/2)",
      "Lucía",
      "Momentos en riesgo y métricas",
    ]);
    const notes = deck.slides.find((s) => s.kind === "stages")!.notes;
    expect(notes).toContain(
      "Etapa 2: Recoger\nQué ocurre:\n- Busca su vaso\n- Punto de contacto: Mostrador (En tienda)",
    );
    expect(notes).toContain("Puntos de dolor:\n- Vaso sin nombre (Gravedad 4/5 · 7 votos)");
    expect(notes).toContain("Momentos de la verdad:\n- propio: Vaso equivocado (falla) – Clave");
    expect(notes).toContain("Qué dijeron los clientes:\n- “Nadie me avisó.” (sentimiento −0,70)");
    expect(texts).toContain("Momentos de la verdad en riesgo");
    expect(deck.slides.at(-1)!.notes).toContain(
      "el resultado fue un fracaso; la sala puntúa la etapa con −2",
    );
    expect(texts).toContain("Emoción por etapa (−3 muy negativa … +3 muy positiva)");
    expect(texts).toContain("Lucía (medición)");
    expect(wordsFound(texts, englishOnlyWords(english, { ...coreEs, ...exportEs }))).toEqual([]);
  });

  it("writes the same map in English by default, so the check above finds English words where there are", () => {
    const map = languageMap({ messages: coreEs });
    const texts = deckTexts(buildSlides(map));
    expect(texts.some((t) => t.includes(metricFigure(map.metrics[0]!)))).toBe(true);
    expect(texts).toContain("Espera (min) 12.5 ±6.3");
    expect(wordsFound(texts, englishOnlyWords(english, { ...coreEs, ...exportEs }))).toEqual(
      expect.arrayContaining(["curve", "happens", "measured", "stages", "what"]),
    );
  });

  it("writes a German deck whose long words stay inside their boxes", async () => {
    const map = languageMap({ messages: coreDe });
    for (const size of ["16:9", "4:3"] as const) {
      const deck = buildSlides(map, { size, locale: "de-DE", messages: await loadExportMessages("de") });
      const texts = deckTexts(deck);
      expect(deck.slides[1]!.title).toBe("Cafetería Aurora: Emotionskurve");
      expect(texts).toContain("NPS +32 ±6 · n=1.412");
      expect(texts).toContain("Espera (min) 12,5 ±6,3");
      expect(wordsFound(texts, englishOnlyWords(english, { ...coreDe, ...exportDe }))).toEqual([]);
      expect(overflowing(deck)).toEqual([]);
      // The insights tables keep every word whole, however narrow the column ("Wichtigkeit", "individuell").
      const [risks, metrics] = deck.slides.at(-1)!.items.filter((item) => item.type === "table");
      const cells = (row: { lines: string[] }[] | undefined) => row?.map((cell) => cell.lines.join(" "));
      expect(cells(risks?.rows[0])).toEqual(["Moment of Truth", "Phase", "Art", "Wichtigkeit", "Warum"]);
      expect(cells(risks?.rows[1])).toEqual([
        "Vaso equivocado",
        "2. Recoger",
        "individuell",
        "5/5",
        "das Ergebnis ist gescheitert; der Raum bewertet die Phase mit −2",
      ]);
      expect(cells(metrics?.rows[0])).toEqual(["Wo", "Kennzahl", "Trend", "Ziel", "Quelle"]);
    }
  });

  it.each(["hotel-check-in-blueprint", "restaurant-complaint-recovery", "saas-trial"])(
    "keeps German's long words inside their boxes on every slide of the %s template",
    async (id) => {
      const messages = await loadExportMessages("de");
      for (const size of ["16:9", "4:3", "A4"] as const)
        expect(overflowing(buildSlides(getTemplate(id)!.create(), { size, locale: "de", messages }))).toEqual(
          [],
        );
    },
  );

  it("puts a host's own words over the language's", async () => {
    const messages = { ...(await loadExportMessages("es")), "slide.emotionCurve": "evolución emocional" };
    const deck = buildSlides(languageMap({ messages: coreEs }), { locale: "es", messages });
    expect(deck.slides[1]!.title).toBe("Cafetería Aurora: evolución emocional");
  });
});

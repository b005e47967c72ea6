import { type CoreMessageKey, catalogueProblems, coreEn, metricFigure } from "@journeykit/core";
import { coreEs } from "@journeykit/core/locales/es";
import { describe, expect, expectTypeOf, it } from "vitest";
import { editorText, isCompleteCatalogue, loadEditorMessages } from "./editor-catalogue.js";
import { editorDe } from "./editor-messages/de.js";
import { type EditorMessageKey, editorEn } from "./editor-messages/en.js";
import { editorEs } from "./editor-messages/es.js";
import { editorFr } from "./editor-messages/fr.js";
import { de } from "./locales/de.js";
import { es } from "./locales/es.js";
import { fr } from "./locales/fr.js";

describe("the editor's catalogue", () => {
  it.each([
    ["es", editorEs],
    ["de", editorDe],
    ["fr", editorFr],
  ])("is complete in %s: every English key, its placeholders, no blanks", (_, messages) => {
    expect(catalogueProblems(editorEn, messages)).toEqual([]);
  });

  it("has no key of core's, so one language module holds both without either hiding the other", () => {
    expectTypeOf<Extract<EditorMessageKey, CoreMessageKey>>().toBeNever();
    expect(Object.keys(editorEn).filter((key) => key in coreEn)).toEqual([]);
  });

  it.each([
    ["es", es, "+ Etapa", "Puntos de contacto"],
    ["de", de, "+ Phase", "Touchpoints"],
    ["fr", fr, "+ Étape", "Points de contact"],
  ])("ships %s as one module with the editor's words and core's", async (locale, module, stage, lane) => {
    expect(isCompleteCatalogue(module)).toBe(true);
    expect(await loadEditorMessages(`${locale}-XX`)).toBe(module);
    const text = editorText({ locale, translation: module });
    expect(text.t("toolbar.stage")).toBe(stage);
    expect(text.core("laneKind.touchpoints")).toBe(lane);
  });

  it("loads English for a language it does not ship, and none of that is a partial catalogue", async () => {
    const english = await loadEditorMessages("ja");
    expect(english["toolbar.stage"]).toBe("+ Stage");
    expect(isCompleteCatalogue(english)).toBe(true);
    expect(isCompleteCatalogue({ ...es, "toolbar.stage": "" })).toBe(false);
    expect(isCompleteCatalogue({ "toolbar.stage": "+ Fase" })).toBe(false);
    expect(isCompleteCatalogue(undefined)).toBe(false);
  });

  it("writes a host's words over the language's, English where neither has one, numbers as the locale writes them", () => {
    const text = editorText({
      locale: "es",
      translation: es,
      messages: { "toolbar.stage": "+ Fase", "laneKind.painPoints": "Fricciones" },
    });
    expect(text.t("toolbar.stage")).toBe("+ Fase");
    expect(text.t("toolbar.card")).toBe("+ Tarjeta");
    expect(text.core("laneKind.painPoints")).toBe("Fricciones");
    expect(text.core("laneKind.touchpoints")).toBe("Puntos de contacto");
    expect(text.t("cell.cards", { count: 12000 })).toBe("12.000 tarjetas");
    const wait = {
      kind: "custom",
      label: "Espera",
      value: 42.5,
      marginOfError: 6.3,
      sampleSize: 1412,
    } as const;
    expect(metricFigure(wait, text.labels)).toBe(metricFigure(wait, { locale: "es", messages: coreEs }));
    expect(metricFigure(wait, text.labels)).toBe("Espera 42,5 ±6,3 · n=1412");
  });

  it("writes English for a locale it does not ship, with that locale's numbers", () => {
    const text = editorText({ locale: "ja", translation: es });
    expect(text.language).toBe("en");
    expect(text.t("toolbar.stage")).toBe("+ Stage");
    expect(text.core("laneKind.touchpoints")).toBe("Touchpoints");
  });
});

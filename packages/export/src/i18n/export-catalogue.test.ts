import { catalogueProblems, coreEn } from "@journeykit/core";
import { coreDe } from "@journeykit/core/locales/de";
import { coreEs } from "@journeykit/core/locales/es";
import { describe, expect, it } from "vitest";
import { loadExportMessages, withLanguage } from "./export-catalogue.js";
import { exportDe } from "./export-messages/de.js";
import { exportEn } from "./export-messages/en.js";
import { exportEs } from "./export-messages/es.js";
import { exportFr } from "./export-messages/fr.js";
import { exportText } from "./export-text.js";

describe("the export catalogue", () => {
  it.each([
    ["es", exportEs],
    ["de", exportDe],
    ["fr", exportFr],
  ])("is complete in %s: every English key, its placeholders, no blanks", (_, messages) => {
    expect(catalogueProblems(exportEn, messages)).toEqual([]);
  });

  it("has no key of core's: each word has one home", () => {
    expect(Object.keys(exportEn).filter((key) => key in coreEn)).toEqual([]);
  });

  it("loads a language's words with core's, English for a language not shipped", async () => {
    expect(await loadExportMessages("es-MX")).toEqual({ ...coreEs, ...exportEs });
    expect(await loadExportMessages("de")).toEqual({ ...coreDe, ...exportDe });
    expect(await loadExportMessages("pt-BR")).toEqual({ ...coreEn, ...exportEn });
    expect(await loadExportMessages(undefined)).toEqual({ ...coreEn, ...exportEn });
  });

  it("gives the async exporters the locale's words, a host's own over them", async () => {
    const own = { "slide.emotionCurve": "evolución emocional" };
    const { messages } = await withLanguage({ locale: "es", messages: own, size: "4:3" });
    expect(messages).toMatchObject({
      "slide.emotionCurve": "evolución emocional",
      "slide.stage": "etapa {number}",
    });
    expect(await withLanguage({ messages: own })).toEqual({ messages: own });
  });

  it("writes English words without messages, numbers by the locale, else the map's", () => {
    expect(exportText({ locale: "fr" }).t("slide.stages", { first: 1, last: 3 })).toBe("stages 1–3");
    expect(exportText({}, "de").labels.locale).toBe("de");
    expect(exportText({ locale: "es" }, "de").labels.locale).toBe("es");
    expect(
      exportText({ locale: "fr", messages: { ...exportFr } }).t("overview.painPoints", {
        count: 1200,
        text: "x",
      }),
    ).toBe("1\u202f200 irritants\u00a0: x");
  });
});

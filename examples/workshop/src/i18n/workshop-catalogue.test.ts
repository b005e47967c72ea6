import { catalogueProblems } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { workshopDe } from "./messages/de";
import { workshopEn } from "./messages/en";
import { workshopEs } from "./messages/es";
import { workshopFr } from "./messages/fr";
import { englishText, loadLanguage, workshopText } from "./workshop-catalogue";

describe("the workshop's catalogue", () => {
  it.each([
    ["es", workshopEs],
    ["de", workshopDe],
    ["fr", workshopFr],
  ])("is complete in %s: every English key, its placeholders, no blanks", (_, messages) => {
    expect(catalogueProblems(workshopEn, messages)).toEqual([]);
  });

  it("loads a language with core's words, and writes numbers and plurals its way", async () => {
    const spanish = workshopText(await loadLanguage("es"));
    expect(spanish.t("start.newBlank")).toBe("Nuevo mapa en blanco");
    expect(spanish.t("recent.cards", { count: 1412 })).toBe("1412 tarjetas");
    expect(spanish.labels).toMatchObject({
      locale: "es",
      messages: { "laneKind.touchpoints": "Puntos de contacto" },
    });
    const german = workshopText(await loadLanguage("de"));
    expect(german.t("recent.cards", { count: 1412 })).toBe("1.412 Karten");
    expect(german.t("recent.cards", { count: 1 })).toBe("1 Karte");
    // The editor gets the same language, loaded with the app's: no English in it on the first render.
    expect(german.editor.locale).toBe("de");
    expect(german.editor.messages?.["toolbar.stage"]).toBe("+ Phase");
    expect(workshopText(await loadLanguage("en")).editor).toEqual({ locale: "en" });
  });

  it("writes English by default and for a key a translation lacks", () => {
    expect(englishText.t("start.newBlank")).toBe("New blank map");
    const partial = workshopText({
      locale: "fr",
      workshop: { ...workshopFr, "start.newBlank": "" },
      core: {} as never,
    });
    expect(partial.t("start.newBlank")).toBe("New blank map");
  });
});

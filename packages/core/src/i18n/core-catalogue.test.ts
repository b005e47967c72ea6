import { describe, expect, it } from "vitest";
import { catalogueProblems } from "./catalogue-problems.js";
import { coreTranslator, loadCoreMessages } from "./core-catalogue.js";
import { coreDe } from "./core-messages/de.js";
import { coreEn } from "./core-messages/en.js";
import { coreEs } from "./core-messages/es.js";
import { coreFr } from "./core-messages/fr.js";

describe("core's catalogue", () => {
  it.each([
    ["es", coreEs],
    ["de", coreDe],
    ["fr", coreFr],
  ])("is complete in %s: every English key, its placeholders, no blanks", (_, messages) => {
    expect(catalogueProblems(coreEn, messages)).toEqual([]);
  });

  it("loads a language's words on demand, English for an unknown locale", async () => {
    expect(await loadCoreMessages("es-MX")).toBe(coreEs);
    expect(await loadCoreMessages("de")).toBe(coreDe);
    expect(await loadCoreMessages("fr-CA")).toBe(coreFr);
    expect(await loadCoreMessages("ja")).toBe(coreEn);
    expect(await loadCoreMessages(undefined)).toBe(coreEn);
  });

  it("writes English without messages, whatever the locale", () => {
    expect(coreTranslator({ locale: "ja-JP" }).t("laneKind.painPoints")).toBe("Pain points");
    expect(coreTranslator({ locale: "es" }).t("metric.more", { count: 3 })).toBe("+3 more");
  });

  it("writes a language's messages, with a host's words over them", () => {
    expect(coreTranslator({ locale: "es", messages: coreEs }).t("laneKind.touchpoints")).toBe(
      "Puntos de contacto",
    );
    expect(coreTranslator({ locale: "de-AT", messages: coreDe }).t("metric.more", { count: 3 })).toBe(
      "+3 weitere",
    );
    const own = { ...coreEs, "laneKind.painPoints": "Fricciones" };
    expect(coreTranslator({ locale: "es", messages: own }).t("laneKind.painPoints")).toBe("Fricciones");
    expect(coreTranslator({ locale: "es", messages: own })).toBe(
      coreTranslator({ locale: "es", messages: own }),
    );
  });
});

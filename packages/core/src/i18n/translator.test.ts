import { describe, expect, it } from "vitest";
import type { Messages } from "./message.js";
import { createTranslator } from "./translator.js";

const en = {
  title: "Journey map",
  rows: "{used} of {total} rows",
  votes: { one: "{count} vote", other: "{count} votes" },
  quotes: { one: "{count} quote from {source}", other: "{count} quotes from {source}" },
} as const;
type Shape = Messages<typeof en>;
const es: Shape = {
  title: "Mapa de recorrido del cliente",
  rows: "{used} de {total} filas",
  votes: { one: "{count} voto", other: "{count} votos" },
  quotes: { one: "{count} cita de {source}", other: "{count} citas de {source}" },
};
const fr: Shape = {
  title: "Carte du parcours client",
  rows: "{used} sur {total} lignes",
  votes: { one: "{count} vote", many: "{count} de votes", other: "{count} votes" },
  quotes: { one: "une seule citation de {source}", other: "{count} citations de {source}" },
};

describe("createTranslator", () => {
  it("writes English by default, with numbers grouped as en-US", () => {
    const { t, language } = createTranslator(en);
    expect(language).toBe("en");
    expect(t("title")).toBe("Journey map");
    expect(t("rows", { used: 1412, total: 12000 })).toBe("1,412 of 12,000 rows");
  });

  it("writes the locale's catalogue, numbers grouped as the locale groups them", () => {
    const { t } = createTranslator(en, { locale: "es", translation: es });
    expect(t("title")).toBe("Mapa de recorrido del cliente");
    // Spanish groups from five digits on (CLDR's minimum grouping digits).
    expect(t("rows", { used: 1412, total: 12000 })).toBe("1412 de 12.000 filas");
  });

  it("picks the plural form by the locale's rules", () => {
    const english = createTranslator(en);
    expect(english.t("votes", { count: 1 })).toBe("1 vote");
    expect(english.t("votes", { count: 0 })).toBe("0 votes");
    const french = createTranslator(en, { locale: "fr", translation: fr });
    // French: 0 and 1 are "one", a million is "many".
    expect(french.t("votes", { count: 0 })).toBe("0 vote");
    expect(french.t("votes", { count: 1_000_000 })).toBe("1\u202f000\u202f000 de votes");
    expect(french.t("quotes", { count: 1, source: "survey.csv" })).toBe("une seule citation de survey.csv");
  });

  it("falls back to English for an unknown locale and for a key the translation lacks", () => {
    expect(createTranslator(en, { locale: "ja", translation: es }).t("title")).toBe("Journey map");
    const partial = { ...es, title: "" } as Shape;
    expect(createTranslator(en, { locale: "es", translation: partial }).t("title")).toBe("Journey map");
    expect(createTranslator(en, { locale: "es" }).t("title")).toBe("Journey map");
  });

  it("puts a host's own words over the catalogue's", () => {
    const { t } = createTranslator(en, {
      locale: "es",
      translation: es,
      messages: { title: "Mapa de experiencia" },
    });
    expect(t("title")).toBe("Mapa de experiencia");
    expect(t("votes", { count: 2 })).toBe("2 votos");
  });

  it("leaves a placeholder without a value as written", () => {
    const { t } = createTranslator(en);
    expect(t("rows", { used: 3 } as never)).toBe("3 of {total} rows");
  });

  it("types each message's values from the English text", () => {
    const { t } = createTranslator(en);
    expect([t("title"), t("votes", { count: 2 }), t("quotes", { count: 2, source: "a.csv" })]).toEqual([
      "Journey map",
      "2 votes",
      "2 quotes from a.csv",
    ]);
    // @ts-expect-error: a plural message needs its count
    t("votes", {});
    // @ts-expect-error: "rows" needs its two values
    t("rows");
    // @ts-expect-error: not a key of the catalogue
    t("nope");
  });
});

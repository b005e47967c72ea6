import { describe, expect, it } from "vitest";
import { catalogueProblems } from "./catalogue-problems.js";

const en = {
  title: "Journey map",
  rows: "{used} of {total} rows",
  votes: { one: "{count} vote", other: "{count} votes" },
} as const;

describe("catalogueProblems", () => {
  it("finds nothing in a complete translation", () => {
    expect(
      catalogueProblems(en, {
        title: "Mapa",
        rows: "{used} de {total} filas",
        votes: { one: "un voto", other: "{count} votos" },
      }),
    ).toEqual([]);
  });

  it("names a missing key, an empty text and a key English does not have", () => {
    expect(
      catalogueProblems(en, {
        title: " ",
        votes: { one: "{count} voto", other: "{count} votos" },
        extra: "x",
      }),
    ).toEqual(["title: empty", "rows: missing", "extra: not in English"]);
  });

  it("names a placeholder lost or invented by a translation", () => {
    expect(
      catalogueProblems(en, {
        title: "Mapa {name}",
        rows: "{used} filas",
        votes: { one: "{count} voto", other: "votos" },
      }),
    ).toEqual([
      "title: placeholders none in English, {name} in the translation",
      "rows: placeholders {total} {used} in English, {used} in the translation",
      "votes.other: placeholders {count} in English, none in the translation",
    ]);
  });

  it("names plural forms where English has a plain text, and the other way round", () => {
    expect(
      catalogueProblems(en, { title: { other: "Mapa" }, rows: "{used} de {total}", votes: "{count} votos" }),
    ).toEqual([
      "title: a plain text in English, not in the translation",
      "votes: plural forms in English, not in the translation",
    ]);
  });
});

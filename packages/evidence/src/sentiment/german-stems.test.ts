import { describe, expect, it } from "vitest";
import { germanStem, germanStemLexicon } from "./german-stems.js";
import { german } from "./languages/german.js";

describe("German stems", () => {
  it("stems folded words to their Snowball stem", () => {
    expect(germanStem("unfreundlichen")).toBe(germanStem("unfreundlich"));
    expect(germanStem("leckeres")).toBe(germanStem("leckere"));
  });

  const valence = germanStemLexicon(
    { freundlich: 3, verzogerung: -2, kompliziert: -2, lecker: 3, klasse: 3 },
    (word) => (word === "grauenhaft" ? -4 : undefined),
    { exact: ["lecker"], notHeads: ["klasse"] },
  );

  it("finds every inflection of a word of the list", () => {
    expect(valence("freundlichen")).toBe(3);
    expect(valence("freundliches")).toBe(3);
  });

  it("reads a compound by its longest known head, turned by the prefix un-", () => {
    expect(valence("lieferverzogerung")).toBe(-2);
    expect(valence("superfreundlich")).toBe(3);
    expect(valence("unfreundlichen")).toBeLessThan(-2);
    expect(valence("unkompliziert")).toBeGreaterThan(1);
  });

  it("keeps words whose stem means something else to their own forms, and plain nouns out of heads", () => {
    expect(valence("leck")).toBeUndefined();
    expect(valence("fettflecken")).toBeUndefined();
    expect(valence("businessklasse")).toBeUndefined();
  });

  it("falls back to the base lexicon", () => {
    expect(valence("grauenhaft")).toBe(-4);
    expect(valence("tisch")).toBeUndefined();
  });

  it("gives the German rules inflections and compounds their words do not list", () => {
    const rules = (word: string) => german.words[word] ?? german.base(word) ?? 0;
    expect(rules("leckeres")).toBeGreaterThan(0);
    expect(rules("zuverlassigen")).toBeGreaterThan(0);
    expect(rules("unfreundlichen")).toBeLessThan(0);
    expect(rules("terminchaos")).toBeLessThan(0);
    expect(rules("lieferverzogerung")).toBeLessThan(0);
    expect(rules("gefahren")).toBe(0);
    expect(rules("ungefahr")).toBe(0);
    expect(rules("schlusselubergabe")).toBe(0);
  });
});

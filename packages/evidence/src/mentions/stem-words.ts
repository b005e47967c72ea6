/// <reference path="../sentiment/nlpjs.d.ts" />
/// <reference path="./nlpjs-en.d.ts" />
import { StemmerDe } from "@nlpjs/lang-de";
import { StemmerEn } from "@nlpjs/lang-en-min";
import { StemmerEs } from "@nlpjs/lang-es";
import { deu, eng, spa } from "stopword";
import { primaryLanguage } from "../language/primary-language.js";

/** The languages placement stems and has synonyms for; any other locale is read as English. */
export type PlacementLanguage = "en" | "es" | "de";

/**
 * The placement language of a BCP 47 locale: Spanish and German have their own stemmer and synonyms,
 * everything else is read as English.
 *
 * @example
 * placementLanguage("es-MX"); // "es"
 */
export function placementLanguage(locale: string | undefined): PlacementLanguage {
  const language = primaryLanguage(locale);
  return language === "es" || language === "de" ? language : "en";
}

/** Lowercase, accents removed: how keywords and text are compared. */
export const foldText = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

// The Snowball (Porter2) stemmers of nlp.js, one per language, made on first use.
const stemmers: Partial<Record<PlacementLanguage, { stemWord(word: string): string }>> = {};
const stemmerOf = (language: PlacementLanguage) => {
  let stemmer = stemmers[language];
  if (!stemmer) {
    stemmer = language === "es" ? new StemmerEs() : language === "de" ? new StemmerDe() : new StemmerEn();
    stemmers[language] = stemmer;
  }
  return stemmer;
};

const STOPWORDS: Record<PlacementLanguage, ReadonlySet<string>> = {
  en: new Set(eng.map(foldText)),
  es: new Set(spa.map(foldText)),
  de: new Set(deu.map(foldText)),
};

// A text's words repeat across thousands of comments: each distinct word is stemmed once per language.
const caches: Record<PlacementLanguage, Map<string, string>> = {
  en: new Map(),
  es: new Map(),
  de: new Map(),
};

/**
 * The stem of one folded word (Snowball/Porter2 of nlp.js: "invoices", "invoiced" -> "invoic").
 *
 * @example
 * stemWord("waiting", "en"); // "wait"
 */
export function stemWord(word: string, language: PlacementLanguage): string {
  const cache = caches[language];
  let stem = cache.get(word);
  if (stem === undefined) {
    stem = stemmerOf(language).stemWord(word);
    if (cache.size > 50_000) cache.clear();
    cache.set(word, stem);
  }
  return stem;
}

/**
 * The stems of a text's words in order, case and accents ignored, stopwords and one-letter words left
 * out (so "follow-up" and "the follow up" both give `["follow"]`).
 *
 * @example
 * stemWords("The bills were wrong", "en"); // ["bill", "wrong"]
 */
export function stemWords(text: string, language: PlacementLanguage): string[] {
  const stops = STOPWORDS[language];
  const stems: string[] = [];
  for (const word of foldText(text).split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 2 || stops.has(word)) continue;
    stems.push(stemWord(word, language));
  }
  return stems;
}

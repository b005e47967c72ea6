import type { Catalogue, Message } from "@journeykit/core";
import type { SlideDeck } from "../src/slides/slide-model.js";

const texts = (message: Message | unknown): string[] =>
  typeof message === "string"
    ? [message]
    : typeof message === "object" && message !== null
      ? Object.values(message).filter((t): t is string => typeof t === "string")
      : [];

/** The words (letters only, lower case) of a text, placeholders left out. */
const wordsOf = (text: string) =>
  text
    .replace(/\{\w+\}/g, " ")
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);

/**
 * The English words of a catalogue its translation never uses: "stages", "measured", "delighted"…
 * (not "NPS", "Web" or "neutral", which Spanish writes too), three letters or more.
 */
export function englishOnlyWords(
  english: Catalogue,
  translation: Readonly<Record<string, unknown>>,
): string[] {
  const translated = new Set(Object.values(translation).flatMap(texts).flatMap(wordsOf));
  const words = Object.values(english).flatMap(texts).flatMap(wordsOf);
  return [...new Set(words)].filter((word) => word.length >= 3 && !translated.has(word)).sort();
}

/**
 * Every text a deck shows people: slide titles, speaker notes, paragraphs, table cells, a chart's
 * title, categories, series and levels. (Item names, PowerPoint's selection pane, are left out.)
 */
export function deckTexts(deck: SlideDeck): string[] {
  return deck.slides.flatMap((slide) => [
    slide.title,
    slide.notes,
    ...slide.items.flatMap((item) => {
      switch (item.type) {
        case "text":
          return item.paragraphs.map((p) => p.text);
        case "table":
          return item.rows.flatMap((row) => row.flatMap((cell) => cell.lines));
        case "chart":
          return [item.title, ...item.categories, ...item.series.map((s) => s.name), ...item.levelLabels];
        default:
          return [];
      }
    }),
  ]);
}

/** The words of `words` that occur as whole words in `texts`. */
export function wordsFound(texts: readonly string[], words: readonly string[]): string[] {
  const present = new Set(texts.flatMap(wordsOf));
  return words.filter((word) => present.has(word));
}

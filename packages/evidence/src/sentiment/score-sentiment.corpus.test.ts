import { describe, expect, it } from "vitest";
import { CORPUS_LANGUAGES, evaluate, labelledComments } from "../../test/corpus/labelled-corpus.js";
import { detectLanguage } from "./detect-language.js";
import { scoreSentiment } from "./score-sentiment.js";

// The labelled corpora's test half: nobody tunes the rules on it. These floors keep what was reached
// from sliding back; the figures themselves are printed by the evidence bench.
const FLOOR = { en: 0.85, es: 0.8, de: 0.85 } as const;
const AFINN_BASELINE = { en: 0.62, es: 0.36, de: 0.29 } as const;

describe("sentiment on comments nobody tuned on", () => {
  it.each(CORPUS_LANGUAGES)("%s: at least the floor, and well above the AFINN-165 baseline", (language) => {
    const result = evaluate(
      labelledComments(language, "test"),
      (text) => scoreSentiment(text, language).label,
    );
    expect(result.accuracy).toBeGreaterThanOrEqual(FLOOR[language]);
    expect(result.accuracy).toBeGreaterThan(AFINN_BASELINE[language] + 0.1);
  });

  it.each(CORPUS_LANGUAGES)(
    "%s: the language of most comments is detected without the map's help",
    (language) => {
      const comments = labelledComments(language, "test");
      const detected = comments.filter((c) => detectLanguage(c.text, "xx") === language).length;
      expect(detected / comments.length).toBeGreaterThan(0.8);
      const wrong = comments.filter((c) => !["xx", language].includes(detectLanguage(c.text, "xx"))).length;
      expect(wrong / comments.length).toBeLessThan(0.05);
    },
  );
});

import { foldText, type PlacementLanguage, stemWord } from "../mentions/stem-words.js";
import { CONNECTORS, themeStopwords, withoutBoilerplate } from "./theme-words.js";

/** Comments as word ids, ready for counting phrases (see `tokenizeComments`). */
export interface ThemeTokens {
  /** Per comment, its words' ids in order, with -1 where no phrase may continue. */
  tokens: Int32Array[];
  /** A word id's lowercase wording. */
  words: string[];
  /** A word id's stem id. */
  stemOfWord: number[];
  /** A stem id's stem. */
  stems: string[];
  /** Whether a word id is a connector ("of", "de"): inside a phrase, never a theme's own word. */
  isConnector: boolean[];
}

/**
 * A redaction token ("[email]", "[card number]", "[name]"), a word (letters and digits, inner
 * apostrophes), or punctuation that ends a phrase.
 */
const TOKEN =
  /(\[[\p{L} ]{1,24}\])|([\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*)|([.,;:!?()[\]{}"“”«»…—–\n\r/|]+|\s-\s)/gu;
const LETTER = /\p{L}/u;

/**
 * Comments as word ids, each distinct word looked up (stopword, stem) once: boilerplate removed
 * (`withoutBoilerplate`), stopwords, numbers, one-letter words, redaction tokens and punctuation
 * as -1 (a phrase never spans them). Linear in the text.
 *
 * @example
 * tokenizeComments(["Paper form again!"], "en").tokens[0]; // Int32Array [0, 1, -1, -1]
 */
export function tokenizeComments(texts: readonly string[], language: PlacementLanguage): ThemeTokens {
  const stop = themeStopwords(language);
  const ids = new Map<string, number>();
  const words: string[] = [];
  const stemOfWord: number[] = [];
  const isConnector: boolean[] = [];
  const stemIds = new Map<string, number>();
  const stems: string[] = [];
  const idOf = (word: string): number => {
    let id = ids.get(word);
    if (id !== undefined) return id;
    const plain = word.replace(/’/g, "'");
    if (CONNECTORS.has(plain)) {
      id = words.length;
      words.push(word);
      stemOfWord.push(-1);
      isConnector.push(true);
    } else if (plain.length < 2 || stop.has(plain) || !LETTER.test(plain)) id = -1;
    else {
      const stem = stemWord(foldText(plain), language);
      let stemId = stemIds.get(stem);
      if (stemId === undefined) {
        stemId = stems.length;
        stems.push(stem);
        stemIds.set(stem, stemId);
      }
      id = words.length;
      words.push(word);
      stemOfWord.push(stemId);
      isConnector.push(false);
    }
    ids.set(word, id);
    return id;
  };
  const tokens = texts.map((text) => {
    const out: number[] = [];
    const lower = withoutBoilerplate(text).toLowerCase();
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(lower); m !== null; m = TOKEN.exec(lower)) {
      const word = m[2];
      out.push(word === undefined ? -1 : idOf(word));
    }
    return Int32Array.from(out);
  });
  return { tokens, words, stemOfWord, stems, isConnector };
}

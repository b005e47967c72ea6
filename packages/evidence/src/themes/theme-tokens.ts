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

/** Characters that end a phrase. */
const BREAKS = new Set('.,;:!?()[]{}"“”«»…—–\n\r/|');
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
// Per UTF-16 unit: 0 not looked at yet, 1 letter or digit, 2 anything else (astral letters are rare).
const wordUnit = new Uint8Array(65536);
const isWordUnit = (code: number): boolean => {
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return true;
  if (code < 128) return false;
  let kind = wordUnit[code]!;
  if (kind === 0) {
    kind = code >= 0xd800 && code <= 0xdfff ? 2 : LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
    wordUnit[code] = kind;
  }
  return kind === 1;
};
const APOSTROPHE = (code: number) => code === 39 || code === 0x2019;
/** A redaction token such as "[card number]" at `at`: where it ends, else -1. */
function redactionEnd(text: string, at: number): number {
  for (let i = at + 1; i < text.length && i <= at + 25; i++) {
    const code = text.charCodeAt(i);
    if (code === 93) return i > at + 1 ? i + 1 : -1;
    if (code !== 32 && !isWordUnit(code)) return -1;
  }
  return -1;
}

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
  const out: number[] = [];
  const tokens = texts.map((text) => {
    out.length = 0;
    const lower = withoutBoilerplate(text.toLowerCase());
    const push = (id: number) => {
      if (id >= 0 || out.at(-1) !== -1) out.push(id);
    };
    let i = 0;
    while (i < lower.length) {
      const code = lower.charCodeAt(i);
      if (isWordUnit(code)) {
        let end = i + 1;
        while (end < lower.length) {
          const next = lower.charCodeAt(end);
          if (isWordUnit(next)) end++;
          else if (APOSTROPHE(next) && end + 1 < lower.length && isWordUnit(lower.charCodeAt(end + 1)))
            end += 2;
          else break;
        }
        push(idOf(lower.slice(i, end)));
        i = end;
      } else if (code === 91) {
        // A redaction token ends a phrase and is no word.
        const end = redactionEnd(lower, i);
        push(-1);
        i = end > 0 ? end : i + 1;
      } else {
        const ch = lower[i]!;
        if (BREAKS.has(ch) || (code === 45 && lower[i - 1] === " " && lower[i + 1] === " ")) push(-1);
        i++;
      }
    }
    return Int32Array.from(out);
  });
  return { tokens, words, stemOfWord, stems, isConnector };
}

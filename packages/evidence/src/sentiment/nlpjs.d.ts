// @nlpjs/lang-* 4.26 ship no type declarations; these are the parts used: a stemmer and the lexicon.
declare module "@nlpjs/lang-es" {
  export class StemmerEs {
    tokenizeAndStem(text: string, keepStops?: boolean): string[];
  }
  export const SentimentEs: { senticon: Record<string, number>; negations: { words: string[] } };
}
declare module "@nlpjs/lang-de" {
  export class StemmerDe {
    tokenizeAndStem(text: string, keepStops?: boolean): string[];
  }
  export const SentimentDe: { senticon: Record<string, number>; negations: { words: string[] } };
}

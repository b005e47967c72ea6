// @nlpjs/lang-en-min 4.26 ships no type declarations; this is the part used: its Porter2 stemmer.
declare module "@nlpjs/lang-en-min" {
  export class StemmerEn {
    stemWord(word: string): string;
  }
}
declare module "@nlpjs/lang-es" {
  interface StemmerEs {
    stemWord(word: string): string;
  }
}
declare module "@nlpjs/lang-de" {
  interface StemmerDe {
    stemWord(word: string): string;
  }
}

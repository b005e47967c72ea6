import { foldText, placementLanguage, stemWord } from "../mentions/stem-words.js";
import { tokenizeComments } from "./theme-tokens.js";

/** What several comments of a stage talk about. */
export interface Theme {
  /**
   * A phrase of two or three words that recurs ("waiting room", "paper form", "sala de espera"), or one
   * word when no phrase covers its comments ("cold"); lowercase, in the wording used most.
   */
  term: string;
  /**
   * Other wordings counted in the theme: other forms of its words ("complained", "complaining") and
   * overlapping phrases that cover the same comments ("form again" in "paper form").
   */
  variants?: string[];
  /** How many comments mention it (each once). */
  count: number;
  /** Mean sentiment (-1..1) of those comments. */
  meanSentiment: number;
}

/** A theme with the comments that mention it (their indices in the list given to `findThemes`). */
export interface FoundTheme extends Theme {
  comments: number[];
}

/** A comment as themes read it: its (redacted) text and its sentiment. */
export interface ScoredComment {
  text: string;
  sentiment: number;
}

/** Options of `findThemes` and `topThemes`. */
export interface ThemeOptions {
  /** Locale of the comments: its stopwords and stemmer (en, es, de; others read as English). Default "en". */
  language?: string;
  /** Themes returned (default 5). */
  limit?: number;
  /** Fewest comments for a theme (default 2). */
  minCount?: number;
  /** Names of the map's stages and touchpoints: a theme made only of their words is left out. */
  stageWords?: readonly string[];
}

/** Phrases weighed for merging, at most (the most frequent): keeps a huge stage's themes linear. */
const MAX_PHRASES = 300;
/** Share of a word's comments that phrases holding it must cover for the word not to be a theme. */
const WORD_COVERED = 0.5;
/** Overlap (of the smaller) above which two phrases sharing a word are one theme. */
const SAME_COMMENTS = 0.6;

interface Gram {
  /** Word stems of the phrase (ids), in order. */
  stems: number[];
  count: number;
  last: number;
  comments: number[];
  surfaces: Map<string, number>;
  sampled: number;
}

const SURFACE_SAMPLES = 64;

const bump = (map: Map<number | string, Gram>, key: number | string, stems: () => number[], c: number) => {
  let gram = map.get(key);
  if (!gram) {
    gram = { stems: stems(), count: 0, last: -1, comments: [], surfaces: new Map(), sampled: 0 };
    map.set(key, gram);
  }
  if (gram.last === c) return undefined;
  gram.last = c;
  gram.count++;
  return gram;
};

const note = (gram: Gram, c: number, surface: () => string) => {
  if (gram.comments.at(-1) !== c) gram.comments.push(c);
  if (gram.sampled < SURFACE_SAMPLES) {
    gram.sampled++;
    const text = surface();
    gram.surfaces.set(text, (gram.surfaces.get(text) ?? 0) + 1);
  }
};

/** How many of the sorted lists' members are in both. */
function overlap(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}

/** The sorted union of two sorted lists. */
function union(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) out.push(a[i++]!);
    else if (i >= a.length || b[j]! < a[i]!) out.push(b[j++]!);
    else {
      out.push(a[i++]!);
      j++;
    }
  }
  return out;
}

/** A gram's wordings, commonest first. */
const wordings = (gram: Gram) =>
  [...gram.surfaces.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([text]) => text);

/**
 * What a stage's comments talk about, as an analyst would list it, with the comments behind each
 * theme. In one pass over the words (linear in the text):
 *
 * - **Phrases first**: two- and three-word phrases that recur ("waiting room", "card machine"; "waste
 *   of time", "sala de espera" read through "of"/"de"/"von"), a single word only when the phrases
 *   holding it cover less than half its comments.
 * - **Variants merged**: words are compared by stem, and a stem by the shorter stem it extends by one
 *   or two letters ("complained", "complaint", "complaining" are one theme); a phrase sharing a word
 *   with a theme and 60% of the smaller one's comments joins it ("form again" joins "paper form").
 * - **Never a theme**: stopwords (English and the comments' language: en, es, de) and fillers,
 *   greetings and thanks, mail signatures ("Sent from my iPhone", "Get Outlook for iOS", a closing
 *   and the short signature after it), redaction tokens ("[email]", "[card number]", "[name]"), numbers,
 *   and themes made only of words of the stage and touchpoint names (`stageWords`).
 *
 * Themes of fewer than `minCount` comments are left out; the largest `limit` are returned.
 *
 * @example
 * findThemes(comments, { language: "en", stageWords: ["Arrive & wait"] });
 * // [{ term: "waiting room", variants: ["wait room"], count: 28, meanSentiment: -0.52, comments: [0, 3, ...] }]
 */
export function findThemes(comments: readonly ScoredComment[], options: ThemeOptions = {}): FoundTheme[] {
  const language = placementLanguage(options.language);
  const limit = options.limit ?? 5;
  const minCount = Math.max(1, options.minCount ?? 2);
  const { tokens, words, stemOfWord, stems, isConnector } = tokenizeComments(
    comments.map((c) => c.text),
    language,
  );
  const M = stems.length + 1;
  // A stem that extends a shorter stem of 5+ letters by one or two letters is read as it.
  const stemId = new Map(stems.map((s, i) => [s, i] as const));
  const canonical = stems.map((_, i) => i);
  const byLength = stems.map((_, i) => i).sort((a, b) => stems[a]!.length - stems[b]!.length);
  for (const i of byLength) {
    const stem = stems[i]!;
    for (const cut of [2, 1]) {
      const shorter = stem.length - cut >= 5 ? stemId.get(stem.slice(0, stem.length - cut)) : undefined;
      if (shorter !== undefined) {
        canonical[i] = canonical[shorter]!;
        break;
      }
    }
  }
  const stemAt = (word: number) => canonical[stemOfWord[word]!]!;
  const stageStems = new Set<number>();
  for (const name of options.stageWords ?? [])
    for (const word of foldText(name).split(/[^\p{L}\p{N}]+/u)) {
      const id = word.length > 1 ? stemId.get(stemWord(word, language)) : undefined;
      if (id !== undefined) stageStems.add(canonical[id]!);
    }

  // Pass 1: comments per word and per two-word phrase (numeric keys: a word s; a pair (a + 1) * M + b).
  const counts = new Map<number | string, Gram>();
  const forEachGram = (
    visit: (key: number, stems: () => number[], c: number, from: number, to: number) => void,
    visitTriple?: (a: number, b: number, d: number, c: number, at: number) => void,
  ) => {
    tokens.forEach((list, c) => {
      for (let i = 0; i < list.length; i++) {
        const w = list[i]!;
        if (w < 0 || isConnector[w]) continue;
        const s = stemAt(w);
        visit(s, () => [s], c, i, i);
        const prev = i > 0 ? list[i - 1]! : -1;
        let from = -1;
        if (prev >= 0 && !isConnector[prev]) from = i - 1;
        else if (prev >= 0 && i > 1 && list[i - 2]! >= 0 && !isConnector[list[i - 2]!]) from = i - 2;
        if (from < 0) continue;
        const a = stemAt(list[from]!);
        if (a === s) continue;
        visit((a + 1) * M + s, () => [a, s], c, from, i);
        if (visitTriple && from === i - 1 && i > 1) {
          const first = list[i - 2]!;
          if (first >= 0 && !isConnector[first]) visitTriple(stemAt(first), a, s, c, i);
        }
      }
    });
  };
  forEachGram((key, stemsOf, c) => {
    bump(counts, key, stemsOf, c);
  });
  const candidate = (key: number) => (counts.get(key)?.count ?? 0) >= minCount;

  // Pass 2: the comments and wordings of the frequent ones, and three-word phrases both of whose pairs are.
  for (const gram of counts.values()) gram.last = -1;
  const surfaceOf = (c: number, from: number, to: number) => {
    const list = tokens[c]!;
    const parts: string[] = [];
    for (let k = from; k <= to; k++) parts.push(words[list[k]!]!);
    return parts.join(" ");
  };
  forEachGram(
    (key, _stems, c, from, to) => {
      const gram = counts.get(key)!;
      if (gram.count < minCount) return;
      note(gram, c, () => surfaceOf(c, from, to));
    },
    (a, b, d, c, at) => {
      if (a === d || !candidate((a + 1) * M + b) || !candidate((b + 1) * M + d)) return;
      const gram = bump(counts, `${a} ${b} ${d}`, () => [a, b, d], c);
      if (gram) note(gram, c, () => surfaceOf(c, at - 2, at));
    },
  );

  const sentiments = comments.map((c) => c.sentiment);
  const usable = [...counts.values()].filter(
    (g) =>
      g.comments.length >= minCount &&
      !g.stems.every((s) => stageStems.has(s)) &&
      (g.stems.length > 1 || (wordings(g)[0] ?? "").length >= 3),
  );
  const generality = new Map<number, number>();
  for (const g of usable) if (g.stems.length === 1) generality.set(g.stems[0]!, g.comments.length);
  // The most specific wording first among phrases of as many comments: "paper form" before "form again".
  const specificity = (g: Gram) => g.stems.reduce((sum, s) => sum + (generality.get(s) ?? 0), 0);
  const byCount = (x: Gram, y: Gram) =>
    y.comments.length - x.comments.length ||
    x.stems.length - y.stems.length ||
    specificity(x) - specificity(y);
  const phrases = usable
    .filter((g) => g.stems.length > 1)
    .sort(byCount)
    .slice(0, MAX_PHRASES);
  const singles = usable.filter((g) => g.stems.length === 1).sort(byCount);

  interface Building {
    grams: Gram[];
    stems: Set<number>;
    comments: number[];
  }
  const themes: Building[] = [];
  const withStem = new Map<number, Building[]>();
  const add = (gram: Gram) => {
    const theme: Building = { grams: [gram], stems: new Set(gram.stems), comments: gram.comments };
    themes.push(theme);
    for (const s of gram.stems) withStem.set(s, [...(withStem.get(s) ?? []), theme]);
  };
  for (const phrase of phrases) {
    const related = new Set(phrase.stems.flatMap((s) => withStem.get(s) ?? []));
    const same = [...related].find(
      (t) =>
        overlap(t.comments, phrase.comments) >=
        SAME_COMMENTS * Math.min(t.comments.length, phrase.comments.length),
    );
    if (!same) {
      add(phrase);
      continue;
    }
    same.grams.push(phrase);
    same.comments = union(same.comments, phrase.comments);
    for (const s of phrase.stems) {
      if (same.stems.has(s)) continue;
      same.stems.add(s);
      withStem.set(s, [...(withStem.get(s) ?? []), same]);
    }
  }
  for (const single of singles) {
    const holders = withStem.get(single.stems[0]!) ?? [];
    const covered = holders.reduce((all, t) => union(all, t.comments), [] as number[]);
    if (overlap(covered, single.comments) >= WORD_COVERED * single.comments.length) continue;
    add(single);
  }

  return themes
    .sort(
      (x, y) => y.comments.length - x.comments.length || y.grams[0]!.stems.length - x.grams[0]!.stems.length,
    )
    .slice(0, limit)
    .map((t) => {
      const [term, ...others] = t.grams.flatMap(wordings);
      const variants = [...new Set(others)].filter((v) => v !== term).slice(0, 5);
      const sum = t.comments.reduce((s, c) => s + sentiments[c]!, 0);
      return {
        term: term ?? "",
        ...(variants.length > 0 ? { variants } : {}),
        count: t.comments.length,
        meanSentiment: Math.round((sum / t.comments.length) * 1000) / 1000,
        comments: t.comments,
      };
    });
}

/**
 * The themes of a set of comments without the comments behind them (see `findThemes`): what the
 * analysis keeps per stage.
 *
 * @example
 * topThemes(["Soup was cold", "Cold soup again", "The soup came cold"].map((text) => ({ text, sentiment: -0.4 })));
 * // [{ term: "soup", count: 3, meanSentiment: -0.4 }, ...] or a phrase when one recurs
 */
export function topThemes(comments: readonly ScoredComment[], options: ThemeOptions = {}): Theme[] {
  return findThemes(comments, options).map(({ comments: _, ...theme }) => theme);
}

import { deu, eng, spa } from "stopword";

/** A frequent term or two-word phrase in a set of comments. */
export interface Theme {
  /** A word or two-word phrase, lowercase ("cold", "card declined"). */
  term: string;
  /** How many comments mention it. */
  count: number;
  /** Mean sentiment (-1..1) of those comments. */
  meanSentiment: number;
}

/** A comment as themes read it: its text and its sentiment. */
export interface ScoredComment {
  text: string;
  sentiment: number;
}

const STOPWORDS: Record<string, string[]> = { en: eng, es: spa, de: deu };
const EXTRA_STOPWORDS = [
  "also",
  "really",
  "just",
  "get",
  "got",
  "would",
  "could",
  "one",
  "even",
  "still",
  "much",
  "lot",
];

/** A word: letters and digits, with inner apostrophes ("don't"). */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const NUMBER = /^\p{N}+$/u;

/** Lowercase words of a comment, with `null` where a stopword (or a short or numeric token) stood. */
function words(text: string, stop: Set<string>): (string | null)[] {
  const out: (string | null)[] = [];
  const lower = text.toLowerCase();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m !== null; m = WORD.exec(lower)) {
    const w = m[0];
    out.push(w.length < 3 || stop.has(w) || NUMBER.test(w) ? null : w);
  }
  return out;
}

const stopCache = new Map<string, Set<string>>();
function stopwordsFor(language: string): Set<string> {
  let set = stopCache.get(language);
  if (!set) {
    const list = STOPWORDS[language] ?? eng;
    set = new Set([...list, ...(language === "en" ? EXTRA_STOPWORDS : [])]);
    stopCache.set(language, set);
  }
  return set;
}

/**
 * The most frequent terms and two-word phrases of a set of comments (each counted once per comment),
 * stopwords of the language left out, with how many comments mention each and their mean sentiment. A
 * phrase replaces its words when it accounts for most of their mentions. Terms mentioned by fewer than
 * `minCount` comments (default 2) are left out.
 *
 * @example
 * topThemes([{ text: "Soup was cold", sentiment: -0.4 }, { text: "cold soup again", sentiment: -0.5 }]);
 * // [{ term: "soup", count: 2, meanSentiment: -0.45 }, { term: "cold", count: 2, ... }]
 */
export function topThemes(
  comments: readonly ScoredComment[],
  { language = "en", limit = 5, minCount = 2 }: { language?: string; limit?: number; minCount?: number } = {},
): Theme[] {
  const stop = stopwordsFor(language);
  // `last`: the comment that counted the term last, so a comment counts each term once.
  const counts = new Map<string, { count: number; sentiment: number; last: number }>();
  const bump = (term: string, sentiment: number, comment: number) => {
    const entry = counts.get(term);
    if (!entry) counts.set(term, { count: 1, sentiment, last: comment });
    else if (entry.last !== comment) {
      entry.count++;
      entry.sentiment += sentiment;
      entry.last = comment;
    }
  };
  comments.forEach((comment, c) => {
    const tokens = words(comment.text, stop);
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i];
      if (!word) continue;
      bump(word, comment.sentiment, c);
      const next = tokens[i + 1];
      if (next) bump(`${word} ${next}`, comment.sentiment, c);
    }
  });
  const candidates = [...counts.entries()]
    .filter(([, e]) => e.count >= minCount)
    .sort(
      (a, b) =>
        b[1].count - a[1].count || b[0].split(" ").length - a[0].split(" ").length || (a[0] < b[0] ? -1 : 1),
    );
  // A phrase covering most mentions of its words stands for them.
  const covered = new Set<string>();
  for (const [term, entry] of candidates) {
    const parts = term.split(" ");
    if (parts.length !== 2) continue;
    for (const part of parts) {
      const single = counts.get(part);
      if (single && entry.count >= 0.6 * single.count) covered.add(part);
    }
  }
  const themes: Theme[] = [];
  const used = new Set<string>();
  for (const [term, entry] of candidates) {
    if (themes.length >= limit) break;
    if (covered.has(term)) continue;
    const parts = term.split(" ");
    // A phrase whose words are both themes already adds nothing.
    if (parts.length === 2 && parts.every((p) => used.has(p))) continue;
    if (parts.length === 1 && [...used].some((u) => u.split(" ").includes(term))) continue;
    used.add(term);
    themes.push({
      term,
      count: entry.count,
      meanSentiment: Math.round((entry.sentiment / entry.count) * 1000) / 1000,
    });
  }
  return themes;
}

/** Whether a comment mentions a theme (the same word split `topThemes` uses). */
export function mentionsTheme(text: string, term: string): boolean {
  const lower = text.toLowerCase();
  // Most comments do not contain the term at all: skip the word split for them.
  const head = term.split(" ")[0] ?? term;
  if (!lower.includes(head)) return false;
  const found = lower.match(WORD) ?? [];
  return ` ${found.join(" ")} `.includes(` ${term} `);
}

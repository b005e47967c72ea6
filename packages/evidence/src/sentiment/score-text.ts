import type { LanguageRules } from "./language-rules.js";

/** What the engine found in one comment. */
export interface TextScore {
  /** The sum of the valences it found, weighted (AFINN's scale: a strong word is ±3 to ±5). */
  sum: number;
  /** `sum` squashed into −1..1: sum / √(sum² + 15), as VADER normalises. */
  value: number;
  /** The words and phrases that counted for and against (folded). */
  positive: string[];
  negative: string[];
}

/** A language's rules with its phrases compiled once. */
export interface CompiledRules {
  rules: LanguageRules;
  /** The patterns (regular expressions) of the rules, each with its valence. */
  phrases: { pattern: RegExp; valence: number }[];
  /** Every plain phrase of the rules in one expression, and each phrase's valence (whitespace single). */
  anyPhrase: RegExp;
  /** Every pattern in one expression, pattern `i` as the named group `p<i>`. */
  anyPattern: RegExp;
  plain: Map<string, number>;
  negators: Set<string>;
  boosters: Set<string>;
  softeners: Set<string>;
  contrasts: Set<string>;
  minor: Set<string>;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Word boundaries for letters and digits in any script. */
const BEFORE = "(?<![\\p{L}\\p{N}])";
const AFTER = "(?![\\p{L}\\p{N}])";

/**
 * Fold a text for matching: lower case, accents removed (NFD without combining marks), ß → ss, curly
 * apostrophes straight.
 *
 * @example
 * fold("Atención ÜBER Straße"); // "atencion uber strasse"
 */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ß/g, "ss")
    .replace(/[’‘`´]/g, "'");
}

/** Compile a language's rules (phrases into regular expressions, word lists into sets). */
export function compileRules(rules: LanguageRules): CompiledRules {
  // Every plain phrase in one alternation (longest first), so a comment is scanned once for all of them.
  const plain = new Map<string, number>();
  const phrases: CompiledRules["phrases"] = [];
  for (const [phrase, valence] of rules.phrases) {
    if (typeof phrase === "string") plain.set(fold(phrase).replace(/\s+/g, " "), valence);
    else
      phrases.push({ pattern: new RegExp(phrase.source, `${phrase.flags.replace(/[gu]/g, "")}gu`), valence });
  }
  const alternation = [...plain.keys()]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => escapeRegExp(phrase).replace(/ /g, "\\s+"))
    .join("|");
  const anyPhrase = new RegExp(`${BEFORE}(?:${alternation})${AFTER}`, "gu");
  // And every pattern in one expression, each as a named group: one scan instead of one per pattern
  // (a long comment against sixty patterns was most of an import's time).
  const anyPattern = new RegExp(phrases.map((p, i) => `(?<p${i}>${p.pattern.source})`).join("|"), "gu");
  const set = (words: readonly string[]) => new Set(words.map(fold));
  return {
    rules,
    phrases,
    anyPhrase,
    anyPattern,
    plain,
    negators: set(rules.negators),
    boosters: set(rules.boosters),
    softeners: set(rules.softeners),
    contrasts: set(rules.contrasts),
    minor: set(rules.minor),
  };
}

interface Token {
  /** Folded text. */
  text: string;
  /** As written. */
  raw: string;
  start: number;
  end: number;
  kind: "word" | "emoji" | "mark";
}

const EMOTICON = String.raw`<3|[:;=8xX][-'^]?[)(DPpO/\\|*]|\^\^|\^_\^`;
const EMOJI = String.raw`\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{EMod})*`;
const WORD = String.raw`[\p{L}\p{N}]+(?:['.:,/*-][\p{L}\p{N}]+)*\*?`;
const CAPITALS = /\p{Lu}{3}/u;
const TOKEN = new RegExp(`(${EMOTICON})|(${EMOJI})|(${WORD})|([!?.;,:()"])`, "gu");

/**
 * The comment folded, and its tokens with their places in the folded text (so patterns see the
 * comment's own spacing and punctuation: "es, wenn"); `raw` is the token as written, for capitals.
 */
function tokenize(text: string): { folded: string; tokens: Token[] } {
  const folded = fold(text);
  const matches = [...folded.matchAll(TOKEN)];
  // The written tokens matter only for a word in capitals: most comments have none.
  const written = CAPITALS.test(text) ? [...text.matchAll(TOKEN)].map((m) => m[0]) : [];
  const aligned = written.length === matches.length;
  const tokens = matches.map((match, i): Token => {
    const kind = match[1] || match[2] ? "emoji" : match[3] ? "word" : "mark";
    const raw = aligned ? written[i]! : match[0];
    return { text: match[0], raw, start: match.index, end: match.index + match[0].length, kind };
  });
  return { folded, tokens };
}

/** A star or score given in the text ("2/10", "5 stars", "⭐⭐⭐⭐", "3 sobre 5"), as a share of its scale. */
const RATING = [
  /(?<![\p{L}\p{N}/.])(\d{1,2}(?:[.,]\d)?)\s*(?:\/|out of|of|von|sobre|de|aus|sur)\s*(5|10)(?![\p{N}])/u,
  /(?<![\p{L}\p{N}/.])([0-5])\s*(?:\*|stars?|estrellas?|sterne?n?|etoiles?)(?![\p{L}])/u,
  /(?<![\p{L}])(zero|cero|null|keine|no|0)\s+(?:stars?|estrellas?|sterne?n?)(?![\p{L}])/u,
];

function ratingInText(folded: string, raw: string): number | undefined {
  const stars = raw.match(/[⭐★]/gu)?.length ?? 0;
  if (stars > 0) return (stars - 1) / 4;
  for (const pattern of RATING) {
    const match = pattern.exec(folded);
    if (!match) continue;
    const value = Number((match[1] ?? "").replace(",", "."));
    if (Number.isNaN(value)) return 0;
    const max = Number(match[2] ?? 5);
    if (value > max) continue;
    return max === 10 ? value / 10 : (value - 1) / 4;
  }
  return undefined;
}

const SQUASH = 15;
/** How much a negated word keeps of its valence, turned (VADER's constant). */
const NEGATED = -0.74;
const BOOST = 1.3;
const SOFTEN = 0.6;
/** What a complaint marked minor ("only", "slightly") keeps. */
const MINOR = 0.35;
const BEFORE_CONTRAST = 0.5;
/** What praise in a suggestion or a question keeps. */
const WISHED = 0.2;
/** What a mark of sarcasm weighs by itself. */
const SARCASM = 1.5;
/** What a rating in the text weighs. */
const RATED = 4;
/** What a middling verdict ("3/5", "average overall") leaves of the rest. */
const MIDDLING = 0.3;
const AFTER_CONTRAST = 1.5;

/**
 * Score one comment with a language's rules. In order: phrases and patterns first (idioms, set
 * negations, factual complaints, suggestions), then single words from the language's CX words and its
 * base lexicon, each turned by a negator up to three words before it (not across a comma or a full
 * stop), strengthened by a booster or softened by a softener just before it, and strengthened when
 * written in capitals in a comment that is not all capitals; the last contrast word ("but") halves
 * what comes before it and weighs what follows by 1.5; a minor-complaint word ("only", "slightly")
 * shrinks the complaint it introduces; praise in a suggestion or a question counts a fifth ("would be
 * nice", "is it accessible?"); with a mark of sarcasm ("🙄", "oh great"), or praise beside a factual
 * complaint with no "but", the praise counts against and the mark itself −1.5; exclamation marks
 * strengthen the result; a rating in the text ("2/10", "5 stars") weighs 4 for or against; a middling
 * verdict ("3/5", "average overall", "it was ok") keeps three tenths of the rest.
 */
export function scoreText(text: string, compiled: CompiledRules): TextScore {
  const { rules } = compiled;
  const { folded, tokens } = tokenize(text);
  const positive: string[] = [];
  const negative: string[] = [];
  if (tokens.length === 0) return { sum: 0, value: 0, positive, negative };

  // Sentences (for suggestions and questions) and the last contrast word with something after it.
  const sentence: number[] = [];
  const questions = new Set<number>();
  let current = 0;
  let contrastAt = -1;
  let lastWord = -1;
  tokens.forEach((t, i) => {
    if (t.kind !== "mark") lastWord = i;
  });
  tokens.forEach((t, i) => {
    sentence.push(current);
    if (t.kind === "mark" && /[.!?;]/.test(t.text)) {
      if (t.text === "?") questions.add(current);
      if (tokens[i + 1]?.kind !== "mark" || tokens[i + 1]?.text !== t.text) current++;
    }
    if (t.kind === "word" && i < lastWord && compiled.contrasts.has(t.text)) contrastAt = i;
  });
  const weight = (i: number) => (contrastAt < 0 ? 1 : i < contrastAt ? BEFORE_CONTRAST : AFTER_CONTRAST);
  // The first token ending after `offset` (binary search: a long comment has many tokens and phrases).
  const tokenAt = (offset: number) => {
    let low = 0;
    let high = tokens.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (tokens[middle]!.end > offset) high = middle;
      else low = middle + 1;
    }
    return low;
  };

  // Phrases: earliest first, longest at a place; the tokens they cover are not scored again.
  const covered = new Array<boolean>(tokens.length).fill(false);
  const found: { index: number; end: number; valence: number; text: string }[] = [];
  const add = (match: RegExpExecArray | RegExpMatchArray, valence: number) => {
    if (match[0].length === 0 || match.index === undefined) return;
    found.push({ index: match.index, end: match.index + match[0].length, valence, text: match[0] });
  };
  for (const match of folded.matchAll(compiled.anyPhrase))
    add(match, compiled.plain.get(match[0].replace(/\s+/g, " ")) ?? 0);
  for (const match of folded.matchAll(compiled.anyPattern)) {
    const groups = match.groups ?? {};
    const which = Object.keys(groups).find((name) => groups[name] !== undefined);
    if (which) add(match, compiled.phrases[Number(which.slice(1))]!.valence);
  }
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const suggestions = new Set<number>();
  const contributions: { value: number; token: number; text: string; phrase: boolean }[] = [];
  let lastEnd = -1;
  for (const phrase of found) {
    if (phrase.index < lastEnd) continue;
    lastEnd = phrase.end;
    const first = tokenAt(phrase.index);
    for (let i = first; i < tokens.length && tokens[i]!.start < phrase.end; i++) covered[i] = true;
    if (phrase.valence === 0) suggestions.add(sentence[first]!);
    else contributions.push({ value: phrase.valence, token: first, text: phrase.text.trim(), phrase: true });
  }

  const shouting = /\p{Lu}/u.test(text) && text === text.toUpperCase();
  tokens.forEach((token, i) => {
    if (covered[i] || token.kind === "mark") return;
    let value = rules.words[token.text] ?? rules.base(token.text);
    if (value === undefined || value === 0) return;
    // A negator up to three words back, not across a comma or a sentence mark.
    for (let back = i - 1, seen = 0; back >= 0 && seen < 3; back--) {
      const previous = tokens[back]!;
      if (previous.kind === "mark" && /[.!?;,:]/.test(previous.text)) break;
      if (previous.kind !== "word") continue;
      seen++;
      if (compiled.negators.has(previous.text) || /n't$/.test(previous.text)) {
        value *= NEGATED;
        break;
      }
    }
    const previous = tokens[i - 1]?.text ?? "";
    const pair = `${tokens[i - 2]?.text ?? ""} ${previous}`;
    if (compiled.boosters.has(previous)) value *= BOOST;
    else if (compiled.softeners.has(previous) || compiled.softeners.has(pair)) value *= SOFTEN;
    if (
      !shouting &&
      token.raw.length >= 3 &&
      /\p{Lu}/u.test(token.raw) &&
      token.raw === token.raw.toUpperCase()
    )
      value *= BOOST;
    contributions.push({ value, token: i, text: token.text, phrase: false });
  });

  let praise = 0;
  let complaint = 0;
  const hasPraise = contributions.some((c) => c.value > 0);
  for (const c of contributions) {
    // Beside praise, a complaint introduced by "only", "slightly", "a little" is minor.
    if (
      c.value < 0 &&
      hasPraise &&
      tokens.slice(Math.max(0, c.token - 4), c.token).some((t) => compiled.minor.has(t.text))
    )
      c.value *= MINOR;
    // Praise in a wish or a question is not praise of what happened.
    const where = sentence[c.token]!;
    if (c.value > 0 && (suggestions.has(where) || questions.has(where))) c.value *= WISHED;
    if (c.value > 0) praise += c.value;
    else if (c.phrase && c.value <= -2) complaint += c.value;
  }
  const marked = rules.sarcasm.some((pattern) => pattern.test(folded));
  const sarcastic = marked || (praise > 0 && complaint <= -2 && contrastAt < 0);

  let sum = 0;
  for (const c of contributions) {
    const value = (sarcastic && c.value > 0 ? -c.value : c.value) * weight(c.token);
    sum += value;
    (value > 0 ? positive : negative).push(c.text);
  }
  if (marked) sum -= SARCASM;

  const exclamations = Math.min(4, tokens.filter((t) => t.text === "!").length);
  if (sum !== 0) sum += Math.sign(sum) * 0.3 * exclamations;

  const rating = ratingInText(folded, text);
  if (rating !== undefined && rating >= 0.7) sum += RATED;
  else if (rating !== undefined && rating <= 0.45) sum -= RATED;
  else if (rating !== undefined || rules.middling.some((pattern) => pattern.test(folded))) sum *= MIDDLING;
  const value = Math.max(-1, Math.min(1, sum / Math.sqrt(sum * sum + SQUASH)));
  return {
    sum: Math.round(sum * 1000) / 1000 + 0,
    value: Math.round(value * 1000) / 1000 + 0,
    positive,
    negative,
  };
}

import { synonymGroup } from "./journey-synonyms.js";
import type { MentionRule } from "./mention-rules.js";
import { spread } from "./spread.js";
import { type PlacementLanguage, stemWords } from "./stem-words.js";

/**
 * How a row found its stage: a stage or touchpoint `column`, a `rule` keyword (or its synonym), a
 * `learned` word (from the rows a stage column placed), `several` stages matching equally (the row is
 * then on no stage), or `none`.
 */
export type PlacementHow = "column" | "rule" | "learned" | "several" | "none";

/** Where the rules put one text. */
export interface RulePlacement {
  how: PlacementHow;
  stageId?: string;
  touchpointId?: string;
  /** The rule that matched best at that stage (its touchpoint's, else the stage's). */
  rule?: MentionRule;
  /** With `several`: the stages that tied. */
  tied?: string[];
}

/**
 * A word learned for a stage: found in `count` comments placed there, `share` (0..1) of all the
 * comments with it being that stage's.
 */
export interface LearnedWord {
  /** The word as customers wrote it most often. */
  word: string;
  /** What is compared: its stem, or its synonym group (`~pay`). */
  concept: string;
  count: number;
  share: number;
}

/** Options of `createRulePlacer`. */
export interface RulePlacerOptions {
  /** Stemmer and synonyms (default "en"). */
  language?: PlacementLanguage;
  /** The comments to place: a word in more than half of them (of 10 or more) tells no stage apart. */
  comments?: readonly string[];
  /** Words learned per stage id, the second tier when no rule keyword matches. */
  learned?: Readonly<Record<string, readonly LearnedWord[]>>;
}

/** A text as concepts: each word's stem, or its synonym group. */
const conceptsOf = (text: string, language: PlacementLanguage) =>
  stemWords(text, language).map((stem) => synonymGroup(stem, language) ?? stem);

interface Term {
  concepts: string[];
  rule: MentionRule;
}

/** The word positions of `text` that one of the terms covers (a phrase covers each of its words). */
function covered(
  text: readonly string[],
  termsByFirst: ReadonlyMap<string, readonly Term[]>,
): Map<MentionRule, Set<number>> {
  const hits = new Map<MentionRule, Set<number>>();
  text.forEach((concept, i) => {
    for (const term of termsByFirst.get(concept) ?? []) {
      const { concepts } = term;
      let k = 1;
      while (k < concepts.length && text[i + k] === concepts[k]) k++;
      if (k < concepts.length) continue;
      const set = hits.get(term.rule) ?? new Set<number>();
      hits.set(term.rule, set);
      for (let j = 0; j < concepts.length; j++) set.add(i + j);
    }
  });
  return hits;
}

/** Comments read to find words in most of them: a sample of this many, spread over the file. */
const FREQUENCY_SAMPLE = 5_000;

/** The one best key of a score table, `several` keys on a tie, none when every score is 0. */
function best(scores: ReadonlyMap<string, number>): string[] {
  let top = 0;
  let keys: string[] = [];
  for (const [key, score] of scores) {
    if (score > top) {
      top = score;
      keys = [key];
    } else if (score === top && score > 0) keys.push(key);
  }
  return keys;
}

/**
 * Place texts on stages by keyword rules, on word stems with journey synonyms ("bill" and "invoiced"
 * find a rule saying "pay"; see `JOURNEY_SYNONYMS`). A stage's score is the number of the text's words
 * its rules (its own and its touchpoints') cover; the best stage wins, and within it the touchpoint
 * whose rule covers most. Two stages scoring the same with different words ("booking was easy, the
 * bill a shock"): `several`, on no stage (never counted twice). Words that tell no stage apart place
 * nothing: a word matching in the rules of several stages counts for none of them ("dentist" in
 * "Find a dentist" and "Treatment with the dentist"), and one in the rules of at least half the stages (two or more),
 * or in more than half of the comments (counted on up to 5,000 spread over the file), is left out of
 * the rules (`ignored` lists them).
 * When no rule matches, the `learned` words decide the same way (score: the sum of their shares).
 *
 * @example
 * const place = createRulePlacer([{ stageId: "pay", keywords: ["pay"] }]);
 * place.place("The bill was wrong"); // { how: "rule", stageId: "pay", rule }
 */
export function createRulePlacer(
  rules: readonly MentionRule[],
  options: RulePlacerOptions = {},
): { place: (text: string) => RulePlacement; ignored: string[] } {
  const language = options.language ?? "en";
  let terms: Term[] = [];
  const surface = new Map<string, string>();
  for (const rule of rules) {
    for (const keyword of rule.keywords) {
      const concepts = conceptsOf(keyword, language);
      if (concepts.length === 0) continue;
      terms.push({ concepts, rule });
      if (concepts.length === 1 && !surface.has(concepts[0]!)) surface.set(concepts[0]!, keyword.trim());
    }
  }
  // Words that do not tell stages apart: in the rules of at least half the stages, or in most comments.
  const stagesOf = new Map<string, Set<string>>();
  for (const t of terms) {
    if (t.concepts.length !== 1) continue;
    const set = stagesOf.get(t.concepts[0]!) ?? new Set<string>();
    set.add(t.rule.stageId);
    stagesOf.set(t.concepts[0]!, set);
  }
  const stageIds = [...new Set(rules.map((r) => r.stageId))];
  const stageCount = stageIds.length;
  const stageOrder = (stageId: string) => stageIds.indexOf(stageId);
  const ignored = new Set<string>();
  for (const [concept, stages] of stagesOf)
    if (stages.size >= 2 && stages.size * 2 >= stageCount) ignored.add(concept);
  const comments = spread(options.comments ?? [], FREQUENCY_SAMPLE);
  if (comments.length >= 10) {
    const inComments = new Map<string, number>();
    for (const comment of comments)
      for (const concept of new Set(conceptsOf(comment, language)))
        if (stagesOf.has(concept)) inComments.set(concept, (inComments.get(concept) ?? 0) + 1);
    for (const [concept, n] of inComments) if (n * 2 > comments.length) ignored.add(concept);
  }
  terms = terms.filter((t) => !(t.concepts.length === 1 && ignored.has(t.concepts[0]!)));
  const termsByFirst = new Map<string, Term[]>();
  for (const term of terms) {
    const list = termsByFirst.get(term.concepts[0]!) ?? [];
    list.push(term);
    termsByFirst.set(term.concepts[0]!, list);
  }
  const learned = Object.entries(options.learned ?? {}).map(([stageId, words]) => ({
    stageId,
    words: new Map(words.map((w) => [w.concept, w.share] as const)),
  }));

  const place = (text: string): RulePlacement => {
    if (!text) return { how: "none" };
    const concepts = conceptsOf(text, language);
    const hits = covered(concepts, termsByFirst);
    if (hits.size > 0) {
      const byStage = new Map<string, Set<number>>();
      for (const [rule, positions] of hits) {
        const set = byStage.get(rule.stageId) ?? new Set<number>();
        for (const p of positions) set.add(p);
        byStage.set(rule.stageId, set);
      }
      // A word matching in several stages' rules counts for none of them.
      const stagesAt = new Map<number, number>();
      for (const positions of byStage.values())
        for (const p of positions) stagesAt.set(p, (stagesAt.get(p) ?? 0) + 1);
      const scores = new Map(
        [...byStage].map(([s, p]) => [s, [...p].filter((i) => stagesAt.get(i) === 1).length] as const),
      );
      const winners = best(scores);
      if (winners.length === 0) return { how: "none" };
      if (winners.length > 1)
        return { how: "several", tied: winners.sort((a, b) => stageOrder(a) - stageOrder(b)) };
      const stageId = winners[0]!;
      const atStage = [...hits].filter(([rule]) => rule.stageId === stageId);
      const touchpoints = atStage.filter(([rule]) => rule.touchpointId !== undefined);
      const tp = best(new Map(touchpoints.map(([rule, p]) => [rule.touchpointId!, p.size])));
      const rule =
        (tp.length === 1 ? touchpoints.find(([r]) => r.touchpointId === tp[0])?.[0] : undefined) ??
        atStage.find(([r]) => r.touchpointId === undefined)?.[0] ??
        atStage[0]![0];
      return { how: "rule", stageId, ...(tp.length === 1 ? { touchpointId: tp[0]! } : {}), rule };
    }
    if (learned.length === 0) return { how: "none" };
    const present = new Set(concepts);
    const scores = new Map<string, number>();
    for (const { stageId, words } of learned) {
      let score = 0;
      for (const [concept, share] of words) if (present.has(concept)) score += share;
      if (score > 0) scores.set(stageId, Math.round(score * 1000));
    }
    const winners = best(scores);
    if (winners.length > 1) return { how: "several", tied: winners };
    return winners.length === 1 ? { how: "learned", stageId: winners[0]! } : { how: "none" };
  };
  return { place, ignored: [...ignored].map((c) => surface.get(c) ?? c.replace(/^~/, "")) };
}

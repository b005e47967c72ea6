import { synonymGroup } from "./journey-synonyms.js";
import type { LearnedWord } from "./rule-placer.js";
import { spread } from "./spread.js";
import { foldText, type PlacementLanguage, stemWords } from "./stem-words.js";

/** Options of `learnStageWords`. */
export interface LearnOptions {
  language?: PlacementLanguage;
  /** Fewest comments of the stage a word must be in (default 3). */
  minCount?: number;
  /** Smallest share of the word's comments that must be the stage's (default 0.6). */
  minShare?: number;
  /** Most words kept per stage (default 12). */
  perStage?: number;
  /** Most comments read, evenly spread over the list (default 20,000: plenty to learn from, fast). */
  sample?: number;
}

/**
 * The words most specific to each stage, learned from comments whose stage is known (a stage column, a
 * matrix question, tags), to place the comments whose stage is not. A word (its stem or synonym group)
 * is learned for a stage when at least `minCount` of the stage's comments use it and at least
 * `minShare` of all the comments using it are the stage's; words in more than half of all the comments
 * and numbers are left out. Ranked by count × share. Simple on purpose: the preview lists the words.
 * Reads at most `sample` comments (20,000), evenly spread over the list.
 *
 * @example
 * learnStageWords([{ text: "Parking was full", stageId: "arrive" }, ...]);
 * // { arrive: [{ word: "parking", concept: "park", count: 14, share: 0.93 }], ... }
 */
export function learnStageWords(
  labelled: readonly { text: string; stageId: string }[],
  options: LearnOptions = {},
): Record<string, LearnedWord[]> {
  const language = options.language ?? "en";
  const minCount = options.minCount ?? 3;
  const minShare = options.minShare ?? 0.6;
  const perStage = options.perStage ?? 12;
  const total = new Map<string, number>();
  const byStage = new Map<string, Map<string, number>>();
  const forms = new Map<string, Map<string, number>>();
  const read = spread(labelled, options.sample ?? 20_000);
  for (const { text, stageId } of read) {
    const seen = new Set<string>();
    for (const word of foldText(text).split(/[^\p{L}\p{N}]+/u)) {
      if (word.length < 3 || /\d/.test(word)) continue;
      const [stem] = stemWords(word, language);
      if (stem === undefined) continue;
      const concept = synonymGroup(stem, language) ?? stem;
      const form = forms.get(concept) ?? new Map<string, number>();
      form.set(word, (form.get(word) ?? 0) + 1);
      forms.set(concept, form);
      seen.add(concept);
    }
    const counts = byStage.get(stageId) ?? new Map<string, number>();
    for (const concept of seen) {
      total.set(concept, (total.get(concept) ?? 0) + 1);
      counts.set(concept, (counts.get(concept) ?? 0) + 1);
    }
    byStage.set(stageId, counts);
  }
  const learned: Record<string, LearnedWord[]> = {};
  for (const [stageId, counts] of byStage) {
    const words: LearnedWord[] = [];
    for (const [concept, count] of counts) {
      const all = total.get(concept) ?? count;
      const share = count / all;
      if (count < minCount || share < minShare || all * 2 > read.length) continue;
      const word = [...(forms.get(concept) ?? [])].sort((a, b) => b[1] - a[1])[0]?.[0] ?? concept;
      words.push({ word, concept, count, share: Math.round(share * 100) / 100 });
    }
    words.sort((a, b) => b.count * b.share - a.count * a.share || a.word.localeCompare(b.word));
    if (words.length > 0) learned[stageId] = words.slice(0, perStage);
  }
  return learned;
}

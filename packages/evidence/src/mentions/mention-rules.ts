import type { JourneyMap } from "@journeykit/core";
import { eng, removeStopwords } from "stopword";

/**
 * A keyword rule placing a feedback row on the journey when the table has no stage column: a row whose
 * comment mentions any keyword (a whole word, or the word with up to four more letters: "order" matches
 * "ordering"; case and accents ignored) goes to the rule's stage (and touchpoint). Editable: the CLI reads them from `--rules rules.json`.
 */
export interface MentionRule {
  stageId: string;
  touchpointId?: string;
  keywords: string[];
}

/** Lowercase, accents removed: how keywords and text are compared. */
export const foldText = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

const significantWords = (name: string): string[] =>
  removeStopwords(foldText(name).split(/[^\p{L}\p{N}]+/u), eng).filter((w) => w.length >= 4);

/**
 * Starting rules from the map itself: each touchpoint's name and its significant words (4 letters or
 * more, stopwords left out), then each stage's. A starting point to edit, not a classifier.
 *
 * @example
 * defaultMentionRules(map); // [{ stageId, touchpointId, keywords: ["booking app", "booking"] }, ...]
 */
export function defaultMentionRules(map: JourneyMap): MentionRule[] {
  const rule = (name: string) =>
    [...new Set([foldText(name).trim(), ...significantWords(name)])].filter(Boolean);
  return [
    ...map.touchpoints.map((t) => ({ stageId: t.stageId, touchpointId: t.id, keywords: rule(t.name) })),
    ...map.stages.map((s) => ({ stageId: s.id, keywords: rule(s.name) })),
  ].filter((r) => r.keywords.length > 0);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A matcher for the rules: the rule with the most keyword hits in the text wins (the earlier rule on a
 * tie), `undefined` when none matches.
 *
 * @example
 * compileMentionRules(rules)("The booking app crashed"); // the booking app's rule
 */
export function compileMentionRules(
  rules: readonly MentionRule[],
): (text: string) => MentionRule | undefined {
  const compiled = rules
    .map((rule) => {
      const keywords = rule.keywords.map((k) => foldText(k).trim()).filter(Boolean);
      if (keywords.length === 0) return undefined;
      // Whole words, or a keyword's word with up to four more letters ("order" matches "ordering").
      const pattern = new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${keywords.map(escapeRegExp).join("|")})\\p{L}{0,4}(?![\\p{L}\\p{N}])`,
        "gu",
      );
      return { rule, pattern };
    })
    .filter((c) => c !== undefined);
  return (text) => {
    if (!text) return undefined;
    const folded = foldText(text);
    let best: MentionRule | undefined;
    let bestHits = 0;
    for (const { rule, pattern } of compiled) {
      pattern.lastIndex = 0;
      let hits = 0;
      while (pattern.exec(folded)) hits++;
      if (hits > bestHits) {
        best = rule;
        bestHits = hits;
      }
    }
    return best;
  };
}

/**
 * Check rules read from a file against the map: each names an existing stage (and a touchpoint of
 * it) and has keywords. Throws naming the rule at fault.
 */
export function checkMentionRules(rules: unknown, map: JourneyMap): MentionRule[] {
  if (!Array.isArray(rules))
    throw new Error("rules: expected a list of { stageId, touchpointId?, keywords }");
  return rules.map((raw: unknown, i) => {
    const rule = raw as Partial<MentionRule> | null;
    if (!rule || typeof rule !== "object") throw new Error(`rules[${i}]: expected an object`);
    const stage = map.stages.find((s) => s.id === rule.stageId || s.name === rule.stageId);
    if (!stage)
      throw new Error(`rules[${i}].stageId: no stage with id or name ${JSON.stringify(rule.stageId)}`);
    let touchpointId: string | undefined;
    if (rule.touchpointId !== undefined) {
      const tp = map.touchpoints.find(
        (t) => t.stageId === stage.id && (t.id === rule.touchpointId || t.name === rule.touchpointId),
      );
      if (!tp)
        throw new Error(
          `rules[${i}].touchpointId: no touchpoint ${JSON.stringify(rule.touchpointId)} in stage "${stage.name}"`,
        );
      touchpointId = tp.id;
    }
    if (
      !Array.isArray(rule.keywords) ||
      rule.keywords.length === 0 ||
      !rule.keywords.every((k) => typeof k === "string")
    )
      throw new Error(`rules[${i}].keywords: expected a non-empty list of words`);
    return { stageId: stage.id, ...(touchpointId ? { touchpointId } : {}), keywords: rule.keywords };
  });
}

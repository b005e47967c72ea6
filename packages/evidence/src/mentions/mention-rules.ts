import type { JourneyMap } from "@journeykit/core";
import { eng, removeStopwords } from "stopword";
import { createRulePlacer } from "./rule-placer.js";
import { foldText, type PlacementLanguage } from "./stem-words.js";

/**
 * A keyword rule placing a feedback row on the journey when no column says where it belongs: a row
 * whose comment mentions a keyword (a word or phrase, compared on word stems with journey synonyms:
 * "pay" finds "the bill was wrong"; case and accents ignored) goes to the rule's stage (and
 * touchpoint). Editable: the dialog's words, the CLI's `--rules rules.json`, and saved with the source
 * in the map (`Source.rules`) for the next import.
 */
export interface MentionRule {
  stageId: string;
  touchpointId?: string;
  keywords: string[];
}

export { foldText };

const significantWords = (name: string): string[] =>
  removeStopwords(foldText(name).split(/[^\p{L}\p{N}]+/u), eng).filter((w) => w.length >= 4);

/**
 * Starting rules from the map itself: each touchpoint's name and its significant words (4 letters or
 * more, stopwords left out), then each stage's. A starting point to edit, not a classifier; synonyms
 * widen each word at matching time (`JOURNEY_SYNONYMS`).
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

/**
 * A matcher for the rules (see `createRulePlacer`): the rule that places the text, `undefined` when
 * none matches or two stages match equally.
 *
 * @example
 * compileMentionRules(rules)("The booking app crashed"); // the booking app's rule
 */
export function compileMentionRules(
  rules: readonly MentionRule[],
  options: { language?: PlacementLanguage } = {},
): (text: string) => MentionRule | undefined {
  const { place } = createRulePlacer(rules, options);
  return (text) => place(text).rule;
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

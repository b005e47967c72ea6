import { type JourneyMap, stageEmotion } from "@journeykit/core";
import { trustedMap } from "../trusted-map.js";
import { emotionToMermaidScore } from "./mermaid-scores.js";

/** Mermaid's journey lexer ends names at `:`, `#`, `;` and line breaks, and `%%` starts a comment: keep names plain. */
const plain = (text: string) =>
  text
    .replace(/[\r\n]+/g, " ")
    .replace(/[:;#]/g, " ")
    .replace(/%{2,}/g, "%") // "%%" starts a comment
    .replace(/\s+/g, " ")
    .trim();

/** A task whose text starts with a keyword would be read as that statement: guard it (see fromMermaid). */
const KEYWORD_START = /^(title|section|accTitle|accDescr)\b/i;
export const KEYWORD_GUARD = "\u200b";
const taskName = (text: string) => {
  const name = plain(text) || "Task";
  return KEYWORD_START.test(name) ? `${KEYWORD_GUARD}${name}` : name;
};

/**
 * The map as a Mermaid `journey` diagram: one section per stage; the actions lane's cards as tasks
 * (the stage's touchpoints when there are none, else the stage itself). Each task is scored with
 * each persona's emotion at that stage (see `emotionToMermaidScore`), with that persona as actor;
 * personas that share a score share the line, so a task appears once per distinct score. Names
 * lose the characters Mermaid cannot hold (`:`, `;`, `#`, line breaks; commas in actor names).
 *
 * @example
 * const markdown = "```mermaid\n" + toMermaid(map) + "\n```";
 */
export function toMermaid(map: JourneyMap): string {
  const valid = trustedMap(map);
  const actions = new Set(valid.lanes.filter((l) => l.kind === "actions").map((l) => l.id));
  const lines = ["journey", `  title ${plain(valid.title) || "Journey"}`];
  if (valid.description) lines.push(`  accDescr: ${plain(valid.description)}`);
  for (const stage of valid.stages) {
    lines.push(`  section ${plain(stage.name) || "Stage"}`);
    const groups = new Map<number, string[]>(); // score → actors
    for (const persona of valid.personas) {
      const emotion = stageEmotion(valid, persona.id, stage.id);
      if (emotion === null) continue;
      const score = emotionToMermaidScore(emotion);
      // Actors are separated by commas, so a name keeps none.
      const actor = plain(persona.name.replace(/,/g, " ")) || "Persona";
      groups.set(score, [...(groups.get(score) ?? []), actor]);
    }
    const cards = valid.cards
      .filter((c) => c.stageId === stage.id && actions.has(c.laneId))
      .map((c) => c.text);
    const touchpoints = valid.touchpoints.filter((t) => t.stageId === stage.id).map((t) => t.name);
    const tasks = cards.length ? cards : touchpoints.length ? touchpoints : [stage.name];
    for (const task of tasks) {
      if (groups.size === 0) lines.push(`    ${taskName(task)}: 3`);
      for (const [score, actors] of groups)
        lines.push(`    ${taskName(task)}: ${score}: ${actors.join(", ")}`);
    }
  }
  return lines.join("\n");
}

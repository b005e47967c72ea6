import { type JourneyMap, meanStageEmotion, stageEmotion } from "@journeykit/core";
import { trustedMap } from "../trusted-map";
import { emotionToMermaidScore } from "./mermaid-scores";

/** Mermaid's journey syntax uses `:` as separator and `#`/`;` for comments/entities: keep names plain. */
const plain = (text: string) =>
  text
    .replace(/[\r\n]+/g, " ")
    .replace(/[:;#]/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/**
 * The map as a Mermaid `journey` diagram: one section per stage, the actions lane's cards as tasks
 * (touchpoints when there are none, else the stage itself), each scored with the stage's mean emotion
 * (see `emotionToMermaidScore`) and the personas who scored it as actors.
 *
 * @example
 * const markdown = "```mermaid\n" + toMermaid(map) + "\n```";
 */
export function toMermaid(map: JourneyMap): string {
  const valid = trustedMap(map);
  const actions = new Set(valid.lanes.filter((l) => l.kind === "actions").map((l) => l.id));
  const lines = ["journey", `  title ${plain(valid.title) || "Journey"}`];
  for (const stage of valid.stages) {
    lines.push(`  section ${plain(stage.name) || "Stage"}`);
    const mean = meanStageEmotion(valid, stage.id);
    const score = emotionToMermaidScore(mean ?? 0);
    const actors = valid.personas
      .filter((p) => stageEmotion(valid, p.id, stage.id) !== null)
      .map((p) => plain(p.name));
    const cards = valid.cards
      .filter((c) => c.stageId === stage.id && actions.has(c.laneId))
      .map((c) => c.text);
    const tasks = cards.length
      ? cards
      : valid.touchpoints.filter((t) => t.stageId === stage.id).map((t) => t.name);
    for (const task of tasks.length ? tasks : [stage.name]) {
      lines.push(`    ${plain(task) || "Task"}: ${score}${actors.length ? `: ${actors.join(", ")}` : ""}`);
    }
  }
  return lines.join("\n");
}

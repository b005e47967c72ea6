import {
  createCard,
  createJourneyMap,
  createLane,
  createPersona,
  createStage,
  type Issue,
  type ParseResult,
  PERSONA_COLORS,
  parseJourneyMap,
} from "@journeykit/core";
import { mermaidScoreToEmotion } from "./mermaid-scores";

/**
 * Read a Mermaid `journey` diagram (optionally inside a Markdown ```mermaid fence) into a map:
 * sections become stages, tasks become cards in an actions lane, actors become personas, and each
 * persona's emotion at a stage is the mean of their tasks' scores mapped back to -3..3. Errors name
 * the line. Never throws.
 *
 * @example
 * fromMermaid("journey\n  title My day\n  section Work\n    Do work: 1: Me, Cat");
 */
export function fromMermaid(text: string): ParseResult {
  const fenced = /```mermaid\s*\n([\s\S]*?)```/.exec(text);
  const source = (fenced ? fenced[1]! : text).split(/\r?\n/);
  const errors: Issue[] = [];
  const map = createJourneyMap({
    title: "Journey",
    personas: [],
    stages: [],
    lanes: [createLane({ kind: "actions" }), createLane({ kind: "emotions" })],
  });
  const actionsLane = map.lanes[0]!;
  const scores = new Map<string, number[]>(); // personaId \0 stageId → scores
  let started = false;
  let stage = undefined as ReturnType<typeof createStage> | undefined;

  source.forEach((raw, i) => {
    const line = raw.replace(/%%.*$/, "").trim();
    const path = `line ${i + 1 + (fenced ? text.slice(0, fenced.index).split("\n").length : 0)}`;
    if (!line) return;
    if (!started) {
      if (line === "journey") started = true;
      else
        errors.push({
          path,
          message: `expected "journey" to start the diagram, got ${JSON.stringify(line.slice(0, 40))}`,
        });
      return;
    }
    if (line.startsWith("title ")) {
      map.title = line.slice(6).trim();
      return;
    }
    if (line.startsWith("section ")) {
      stage = createStage({ name: line.slice(8).trim() });
      map.stages.push(stage);
      return;
    }
    const task = /^(.+?):\s*(-?\d+(?:\.\d+)?)\s*(?::(.*))?$/.exec(line);
    if (!task) {
      errors.push({ path, message: 'expected a task like "Make tea: 5: Me, Cat"' });
      return;
    }
    const score = Number(task[2]);
    if (!Number.isInteger(score) || score < 1 || score > 5) {
      errors.push({ path, message: `score must be an integer from 1 to 5, got ${task[2]}` });
      return;
    }
    if (!stage) {
      stage = createStage({ name: "Journey" });
      map.stages.push(stage);
    }
    map.cards.push(createCard({ laneId: actionsLane.id, stageId: stage.id, text: task[1]!.trim() }));
    const actors = (task[3] ?? "")
      .split(",")
      .map((a) => a.trim())
      .filter(Boolean);
    for (const name of actors.length ? actors : ["Customer"]) {
      let persona = map.personas.find((p) => p.name === name);
      if (!persona) {
        persona = createPersona({
          name,
          color: PERSONA_COLORS[map.personas.length % PERSONA_COLORS.length]!,
        });
        map.personas.push(persona);
      }
      const key = `${persona.id}\u0000${stage.id}`;
      scores.set(key, [...(scores.get(key) ?? []), score]);
    }
  });
  if (!started && errors.length === 0)
    errors.push({ path: "line 1", message: 'not a Mermaid journey diagram: "journey" is missing' });
  if (errors.length > 0) return { ok: false, errors };
  for (const [key, list] of scores) {
    const [personaId, stageId] = key.split("\u0000") as [string, string];
    const mean = list.reduce((a, b) => a + b, 0) / list.length;
    map.emotions.push({
      id: `emo_${map.emotions.length + 1}_${stageId}`,
      personaId,
      stageId,
      score: mermaidScoreToEmotion(mean),
    });
  }
  return parseJourneyMap(map);
}

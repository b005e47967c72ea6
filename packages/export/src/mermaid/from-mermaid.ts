import {
  type Card,
  createCard,
  createJourneyMap,
  createLane,
  createPersona,
  createStage,
  type Issue,
  type ParseResult,
  PERSONA_COLORS,
  parseJourneyMap,
  type Stage,
} from "@journeykit/core";
import { mermaidScoreToEmotion } from "./mermaid-scores.js";
import { KEYWORD_GUARD } from "./to-mermaid.js";

/** The diagram's lines and the line number of the first one in the original text. */
function diagramSource(text: string): { lines: string[]; firstLine: number } {
  const fence = /^[ \t]*(`{3,}|~{3,})[ \t]*mermaid[^\n]*\n([\s\S]*?)^[ \t]*\1[ \t]*$/gm;
  const fences = [...text.matchAll(fence)];
  const chosen = fences.find((f) => /^\s*journey\s*$/m.test(f[2]!)) ?? fences[0];
  if (!chosen) return { lines: text.split(/\r?\n/), firstLine: 1 };
  return {
    lines: chosen[2]!.split(/\r?\n/),
    firstLine: text.slice(0, chosen.index).split("\n").length + 1,
  };
}

/**
 * Read a Mermaid `journey` diagram (optionally inside a Markdown ```` ```mermaid ```` fence; the first
 * fence holding a journey is used) into a map: `title` (or a front-matter `title:`) becomes the map's
 * title, `accDescr` its description, sections become stages, tasks become cards in an actions lane
 * (a task repeated in a section for other actors is the same card), actors become personas, and each
 * persona's emotion at a stage is the mean of their tasks' scores mapped back to -3..3 (see
 * `mermaidScoreToEmotion`). Errors name the line. Never throws.
 *
 * @example
 * fromMermaid("journey\n  title My day\n  section Work\n    Do work: 1: Me, Cat");
 */
export function fromMermaid(text: string): ParseResult {
  const { lines, firstLine } = diagramSource(text);
  const errors: Issue[] = [];
  const map = createJourneyMap({
    title: "Journey",
    personas: [],
    stages: [],
    lanes: [createLane({ kind: "actions" }), createLane({ kind: "emotions" })],
  });
  const actionsLane = map.lanes[0]!;
  const scores = new Map<string, number[]>(); // personaId \0 stageId → scores
  const actorsOf = new Map<Card, Set<string>>();
  let started = false;
  let frontMatter: "none" | "open" | "closed" = "none";
  let inDescription = false;
  let stage: Stage | undefined;

  lines.forEach((raw, i) => {
    const path = `line ${firstLine + i}`;
    const line = raw.replace(/%%.*$/, "").trim();
    if (!started && frontMatter !== "closed" && line === "---") {
      frontMatter = frontMatter === "none" ? "open" : "closed";
      return;
    }
    if (frontMatter === "open") {
      const title = /^title:\s*(.*)$/.exec(line);
      if (title) map.title = title[1]!.replace(/^["']|["']$/g, "").trim();
      return;
    }
    if (inDescription) {
      if (line === "}") inDescription = false;
      else if (line) map.description = map.description ? `${map.description}\n${line}` : line;
      return;
    }
    if (!line || (!started && errors.length > 0)) return;
    if (!started) {
      if (line === "journey") started = true;
      else
        errors.push({
          path,
          message: `expected "journey" to start the diagram, got ${JSON.stringify(line.slice(0, 40))}`,
        });
      return;
    }
    const keyword = /^(title|section)\s+(.*)$|^(accTitle|accDescr)\s*:\s*(.*)$|^accDescr\s*\{\s*$/i.exec(
      line,
    );
    if (keyword) {
      const [, word, value, accWord, accValue] = keyword;
      if (word?.toLowerCase() === "title") map.title = value!.trim();
      else if (word?.toLowerCase() === "section") {
        stage = createStage({ name: value!.trim() });
        map.stages.push(stage);
      } else if (accWord?.toLowerCase() === "accdescr") map.description = accValue!.trim();
      else if (!accWord) inDescription = true;
      return;
    }
    const task = /^(.+?):\s*([^:]*?)\s*(?::(.*))?$/.exec(line);
    if (!task) {
      errors.push({ path, message: 'expected a task like "Make tea: 5: Me, Cat"' });
      return;
    }
    const score = Number(task[2]);
    if (task[2] === "" || !Number.isInteger(score) || score < 1 || score > 5) {
      errors.push({ path, message: `score must be an integer from 1 to 5, got ${JSON.stringify(task[2])}` });
      return;
    }
    if (!stage) {
      stage = createStage({ name: "Journey" });
      map.stages.push(stage);
    }
    const actors = [
      ...new Set(
        (task[3] ?? "")
          .split(",")
          .map((a) => a.trim())
          .filter(Boolean),
      ),
    ];
    const names = actors.length ? actors : ["Customer"];
    const text = task[1]!.trim().replace(new RegExp(`^${KEYWORD_GUARD}`), "");
    const stageId = stage.id;
    // The same task again in this section for other actors (toMermaid writes one line per score).
    let card = map.cards.find(
      (c) => c.stageId === stageId && c.text === text && !names.some((n) => actorsOf.get(c)?.has(n)),
    );
    if (!card) {
      card = createCard({ laneId: actionsLane.id, stageId, text });
      map.cards.push(card);
    }
    actorsOf.set(card, new Set([...(actorsOf.get(card) ?? []), ...names]));
    for (const name of names) {
      let persona = map.personas.find((p) => p.name === name);
      if (!persona) {
        persona = createPersona({
          name,
          color: PERSONA_COLORS[map.personas.length % PERSONA_COLORS.length]!,
        });
        map.personas.push(persona);
      }
      const key = `${persona.id}\u0000${stageId}`;
      scores.set(key, [...(scores.get(key) ?? []), score]);
    }
  });
  if (!started && errors.length === 0)
    errors.push({
      path: `line ${firstLine}`,
      message: 'not a Mermaid journey diagram: "journey" is missing',
    });
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

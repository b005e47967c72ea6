import {
  createCard,
  createJourneyMap,
  createLane,
  createPersona,
  createStage,
  type Issue,
  LIMITS,
  type ParseResult,
  PERSONA_COLORS,
  type Persona,
  parseJourneyMap,
  type Stage,
} from "@journeykit/core";
import { rememberValid } from "../trusted-map.js";
import { mermaidScoreToEmotion } from "./mermaid-scores.js";
import { TaskCards } from "./task-cards.js";
import { KEYWORD_GUARD } from "./to-mermaid.js";

/** At most this many problems are listed (then a count of the rest). */
const MAX_ERRORS = 100;
const GUARD_START = new RegExp(`^${KEYWORD_GUARD}`);

/** A fence opener: any indent (fences in list items are indented), 3+ backticks or tildes, then the info string. */
const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})[ \t]*(\S*)/;

/**
 * The diagram's lines and the line number of the first one in the original text: the first
 * ```` ```mermaid ```` (or `~~~mermaid`) fence whose content has a `journey` line, else the first
 * mermaid fence, else the whole text. Fences follow CommonMark: the closing fence is the same
 * character at least as long, with nothing after it but spaces; an unclosed fence runs to the end
 * of the text. One pass over the lines, so the time is linear in the text's length whatever its
 * fences (many unclosed openers used to be quadratic).
 */
function diagramSource(text: string): { lines: string[]; firstLine: number } {
  const all = text.split("\n");
  for (let i = 0; i < all.length; i++) if (all[i]!.endsWith("\r")) all[i] = all[i]!.slice(0, -1);
  let first: { start: number; end: number } | undefined;
  for (let i = 0; i < all.length; i++) {
    const open = FENCE_OPEN.exec(all[i]!);
    // A backtick fence's info string cannot hold a backtick (CommonMark): then it is not a fence.
    if (!open || (open[1]![0] === "`" && all[i]!.slice(open[0].length).includes("`"))) continue;
    const marker = open[1]!;
    const closer = new RegExp(`^[ \\t]*${marker[0] === "`" ? "`" : "~"}{${marker.length},}[ \t]*$`);
    let end = i + 1;
    let hasJourney = false;
    for (; end < all.length && !closer.test(all[end]!); end++)
      if (!hasJourney && /^\s*journey\s*$/.test(all[end]!)) hasJourney = true;
    if (open[2]!.toLowerCase() === "mermaid") {
      const fence = { start: i + 1, end };
      if (hasJourney) return { lines: all.slice(fence.start, fence.end), firstLine: fence.start + 1 };
      first ??= fence;
    }
    i = end; // a fence's content is not searched for fences
  }
  if (!first) return { lines: all, firstLine: 1 };
  return { lines: all.slice(first.start, first.end), firstLine: first.start + 1 };
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
  /** personaId \0 stageId → the sum and count of that persona's scores at that stage. */
  const scores = new Map<string, { personaId: string; stageId: string; total: number; count: number }>();
  const personas = new Map<string, Persona>();
  const taskCards = new TaskCards();
  let started = false;
  let frontMatter: "none" | "open" | "closed" = "none";
  let inDescription = false;
  let stage: Stage | undefined;
  let problems = 0;
  const report = (issue: Issue) => {
    if (++problems <= MAX_ERRORS) errors.push(issue);
  };
  /** Past the format's limit the map would be refused anyway: stop reading (work stays bounded). */
  const tooMany = (what: string, count: number, path: string) => {
    if (count <= LIMITS.maxRecordsPerKind) return false;
    report({
      path,
      message: `more than ${LIMITS.maxRecordsPerKind} ${what}: a map holds at most ${LIMITS.maxRecordsPerKind} records of a kind`,
    });
    return true;
  };

  for (const [i, raw] of lines.entries()) {
    const path = `line ${firstLine + i}`;
    const line = raw.replace(/%%.*$/, "").trim();
    if (!started && frontMatter !== "closed" && line === "---") {
      frontMatter = frontMatter === "none" ? "open" : "closed";
      continue;
    }
    if (frontMatter === "open") {
      const title = /^title:\s*(.*)$/.exec(line);
      if (title) map.title = title[1]!.replace(/^["']|["']$/g, "").trim();
      continue;
    }
    if (inDescription) {
      if (line === "}") inDescription = false;
      else if (line) map.description = map.description ? `${map.description}\n${line}` : line;
      continue;
    }
    if (!line || (!started && errors.length > 0)) continue;
    if (!started) {
      if (line === "journey") started = true;
      else
        report({
          path,
          message: `expected "journey" to start the diagram, got ${JSON.stringify(line.slice(0, 40))}`,
        });
      continue;
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
        if (tooMany("sections", map.stages.length, path)) break;
      } else if (accWord?.toLowerCase() === "accdescr") map.description = accValue!.trim();
      else if (!accWord) inDescription = true;
      continue;
    }
    const task = /^(.+?):\s*([^:]*?)\s*(?::(.*))?$/.exec(line);
    if (!task) {
      report({ path, message: 'expected a task like "Make tea: 5: Me, Cat"' });
      continue;
    }
    const score = Number(task[2]);
    if (task[2] === "" || !Number.isInteger(score) || score < 1 || score > 5) {
      report({ path, message: `score must be an integer from 1 to 5, got ${JSON.stringify(task[2])}` });
      continue;
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
    const text = task[1]!.trim().replace(GUARD_START, "");
    const stageId = stage.id;
    // The same task again in this section for other actors (toMermaid writes one line per score).
    taskCards.cardFor(stageId, text, names, () => {
      const created = createCard({ laneId: actionsLane.id, stageId, text });
      map.cards.push(created);
      return created;
    });
    if (tooMany("tasks", map.cards.length, path)) break;
    for (const name of names) {
      let persona = personas.get(name);
      if (!persona) {
        persona = createPersona({
          name,
          color: PERSONA_COLORS[map.personas.length % PERSONA_COLORS.length]!,
        });
        map.personas.push(persona);
        personas.set(name, persona);
      }
      const key = `${persona.id}\u0000${stageId}`;
      const sum = scores.get(key);
      if (sum) {
        sum.total += score;
        sum.count++;
      } else scores.set(key, { personaId: persona.id, stageId, total: score, count: 1 });
    }
    if (
      tooMany("actors", map.personas.length, path) ||
      tooMany("emotions (actors × sections)", scores.size, path)
    )
      break;
  }
  if (!started && errors.length === 0)
    errors.push({
      path: `line ${firstLine}`,
      message: 'not a Mermaid journey diagram: "journey" is missing',
    });
  if (problems > MAX_ERRORS)
    errors.push({ path: "", message: `${problems - MAX_ERRORS} more problems not shown` });
  if (errors.length > 0) return { ok: false, errors };
  for (const { personaId, stageId, total, count } of scores.values()) {
    map.emotions.push({
      id: `emo_${map.emotions.length + 1}_${stageId}`,
      personaId,
      stageId,
      score: mermaidScoreToEmotion(total / count),
    });
  }
  return rememberValid(parseJourneyMap(map));
}

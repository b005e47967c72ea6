import type { JourneyMap } from "../records/journey-map.js";
import type { Issue } from "./issue.js";

type Collection =
  | "personas"
  | "stages"
  | "lanes"
  | "touchpoints"
  | "cards"
  | "emotions"
  | "momentsOfTruth"
  | "metrics";
const COLLECTIONS: readonly Collection[] = [
  "personas",
  "stages",
  "lanes",
  "touchpoints",
  "cards",
  "emotions",
  "momentsOfTruth",
  "metrics",
];

/**
 * Referential integrity of a structurally valid map: ids unique across the whole document, every
 * reference names an existing record of the right kind, and a card's, emotion's or moment's
 * touchpoint belongs to its stage.
 */
export function checkReferences(map: JourneyMap): Issue[] {
  const issues: Issue[] = [];
  const seen = new Map<string, string>();
  const note = (id: string, path: string) => {
    const first = seen.get(id);
    if (first !== undefined) issues.push({ path, message: `duplicate id "${id}" (also ${first})` });
    else seen.set(id, path);
  };
  note(map.id, "id");
  for (const collection of COLLECTIONS) {
    map[collection].forEach((record, i) => {
      note(record.id, `${collection}[${i}].id`);
    });
  }

  const personas = new Set(map.personas.map((p) => p.id));
  const stages = new Set(map.stages.map((s) => s.id));
  const lanes = new Set(map.lanes.map((l) => l.id));
  const touchpointStage = new Map(map.touchpoints.map((t) => [t.id, t.stageId]));

  const ref = (path: string, id: string | undefined, ids: { has(id: string): boolean }, kind: string) => {
    if (id !== undefined && !ids.has(id)) issues.push({ path, message: `no ${kind} with id "${id}"` });
  };
  const touchpointIn = (path: string, touchpointId: string | undefined, stageId: string) => {
    if (touchpointId === undefined) return;
    const owner = touchpointStage.get(touchpointId);
    if (owner === undefined) issues.push({ path, message: `no touchpoint with id "${touchpointId}"` });
    else if (owner !== stageId && stages.has(stageId)) {
      issues.push({
        path,
        message: `touchpoint "${touchpointId}" belongs to stage "${owner}", not "${stageId}"`,
      });
    }
  };
  const personaList = (path: string, ids: readonly string[] | undefined) =>
    ids?.forEach((id, j) => {
      ref(`${path}[${j}]`, id, personas, "persona");
    });

  map.touchpoints.forEach((t, i) => {
    ref(`touchpoints[${i}].stageId`, t.stageId, stages, "stage");
    personaList(`touchpoints[${i}].personaIds`, t.personaIds);
  });
  map.cards.forEach((c, i) => {
    ref(`cards[${i}].laneId`, c.laneId, lanes, "lane");
    ref(`cards[${i}].stageId`, c.stageId, stages, "stage");
    ref(`cards[${i}].personaId`, c.personaId, personas, "persona");
    touchpointIn(`cards[${i}].touchpointId`, c.touchpointId, c.stageId);
  });
  map.emotions.forEach((e, i) => {
    ref(`emotions[${i}].personaId`, e.personaId, personas, "persona");
    ref(`emotions[${i}].stageId`, e.stageId, stages, "stage");
    touchpointIn(`emotions[${i}].touchpointId`, e.touchpointId, e.stageId);
  });
  map.momentsOfTruth.forEach((m, i) => {
    ref(`momentsOfTruth[${i}].stageId`, m.stageId, stages, "stage");
    touchpointIn(`momentsOfTruth[${i}].touchpointId`, m.touchpointId, m.stageId);
    personaList(`momentsOfTruth[${i}].personaIds`, m.personaIds);
  });
  map.metrics.forEach((m, i) => {
    ref(`metrics[${i}].stageId`, m.stageId, stages, "stage");
    if (m.stageId !== undefined) touchpointIn(`metrics[${i}].touchpointId`, m.touchpointId, m.stageId);
    else ref(`metrics[${i}].touchpointId`, m.touchpointId, touchpointStage, "touchpoint");
  });
  return issues;
}

/** Two emotion points for the same persona, stage and touchpoint: the curve would be ambiguous. */
export function checkEmotionDuplicates(map: JourneyMap): Issue[] {
  const seen = new Map<string, number>();
  const issues: Issue[] = [];
  map.emotions.forEach((e, i) => {
    const key = `${e.personaId}\u0000${e.stageId}\u0000${e.touchpointId ?? ""}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({
        path: `emotions[${i}]`,
        message: `a second score for the same persona and stage (also emotions[${first}])`,
      });
    } else seen.set(key, i);
  });
  return issues;
}

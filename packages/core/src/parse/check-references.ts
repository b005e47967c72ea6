import { isMeasuredEmotion } from "../records/emotion-point.js";
import type { JourneyMap } from "../records/journey-map.js";
import { RECORD_COLLECTIONS, type RecordCollection } from "../records/record-collections.js";
import type { Issue } from "./issue.js";

/** A record as far as references go: only its string-valued id and reference fields. */
export interface ReferenceRecord {
  id?: string | undefined;
  stageId?: string | undefined;
  laneId?: string | undefined;
  personaId?: string | undefined;
  touchpointId?: string | undefined;
  sourceId?: string | undefined;
  personaIds?: readonly (string | undefined)[] | undefined;
}

/**
 * What the reference check reads: a valid `JourneyMap`, or the usable part of a document that failed
 * the schema (see `referenceView`). A missing collection, or one with a record lacking a string id, is
 * not a complete list of ids: references to its kind are not checked (the schema reports the cause).
 */
export type ReferenceView = { id?: string | undefined } & {
  [K in RecordCollection]?: readonly ReferenceRecord[] | undefined;
};

const REFERENCE_FIELDS = ["id", "stageId", "laneId", "personaId", "touchpointId", "sourceId"] as const;

/**
 * The usable part of a document whose structure is (partly) wrong: for each collection that is an
 * array, each record's string-valued id and reference fields (a record that is not an object, or a
 * field of the wrong type, counts as absent). Indices are kept, so paths match the input.
 *
 * @example
 * checkReferences(referenceView(JSON.parse(text))); // dangling references even when a title is missing
 */
export function referenceView(value: unknown): ReferenceView {
  const view: ReferenceView = {};
  if (!isObject(value)) return view;
  if (typeof value.id === "string") view.id = value.id;
  for (const collection of RECORD_COLLECTIONS) {
    const records = value[collection];
    if (!Array.isArray(records)) continue;
    view[collection] = records.map((record: unknown) => {
      const out: ReferenceRecord = {};
      if (!isObject(record)) return out;
      for (const field of REFERENCE_FIELDS) {
        const v = record[field];
        if (typeof v === "string") out[field] = v;
      }
      if (Array.isArray(record.personaIds))
        out.personaIds = record.personaIds.map((id: unknown) => (typeof id === "string" ? id : undefined));
      return out;
    });
  }
  return view;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Ids of one kind; `has` answers true for every id when the list is incomplete (nothing to check against). */
function idsOf(records: readonly ReferenceRecord[] | undefined): { has(id: string): boolean } {
  if (!records || records.some((r) => r.id === undefined)) return { has: () => true };
  return new Set(records.map((r) => r.id!));
}

/**
 * Referential integrity: ids unique across the whole document, every reference names an existing
 * record of the right kind, and a card's, emotion's, moment's, metric's or quote's touchpoint belongs to
 * its stage. Runs
 * on a valid map, or on the `referenceView` of one that failed the schema, so one run reports both.
 */
export function checkReferences(map: ReferenceView): Issue[] {
  const issues: Issue[] = [];
  const seen = new Map<string, string>();
  const note = (id: string | undefined, path: string) => {
    if (id === undefined) return;
    const first = seen.get(id);
    if (first !== undefined) issues.push({ path, message: `duplicate id "${id}" (also ${first})` });
    else seen.set(id, path);
  };
  note(map.id, "id");
  for (const collection of RECORD_COLLECTIONS) {
    map[collection]?.forEach((record, i) => {
      note(record.id, `${collection}[${i}].id`);
    });
  }

  const personas = idsOf(map.personas);
  const stages = idsOf(map.stages);
  const lanes = idsOf(map.lanes);
  const touchpoints = idsOf(map.touchpoints);
  const sources = idsOf(map.sources);
  /** Touchpoint id -> its stage id (undefined when that field is unusable). */
  const touchpointStage = new Map((map.touchpoints ?? []).map((t) => [t.id, t.stageId]));
  const stageList = new Set((map.stages ?? []).map((s) => s.id));

  const ref = (path: string, id: string | undefined, ids: { has(id: string): boolean }, kind: string) => {
    if (id !== undefined && !ids.has(id)) issues.push({ path, message: `no ${kind} with id "${id}"` });
  };
  const touchpointIn = (path: string, touchpointId: string | undefined, stageId: string | undefined) => {
    if (touchpointId === undefined) return;
    if (!touchpointStage.has(touchpointId)) {
      ref(path, touchpointId, touchpoints, "touchpoint");
      return;
    }
    const owner = touchpointStage.get(touchpointId);
    if (owner !== undefined && stageId !== undefined && owner !== stageId && stageList.has(stageId)) {
      issues.push({
        path,
        message: `touchpoint "${touchpointId}" belongs to stage "${owner}", not "${stageId}"`,
      });
    }
  };
  const personaList = (path: string, ids: readonly (string | undefined)[] | undefined) =>
    ids?.forEach((id, j) => {
      ref(`${path}[${j}]`, id, personas, "persona");
    });

  map.touchpoints?.forEach((t, i) => {
    ref(`touchpoints[${i}].stageId`, t.stageId, stages, "stage");
    personaList(`touchpoints[${i}].personaIds`, t.personaIds);
  });
  map.cards?.forEach((c, i) => {
    ref(`cards[${i}].laneId`, c.laneId, lanes, "lane");
    ref(`cards[${i}].stageId`, c.stageId, stages, "stage");
    ref(`cards[${i}].personaId`, c.personaId, personas, "persona");
    touchpointIn(`cards[${i}].touchpointId`, c.touchpointId, c.stageId);
  });
  map.emotions?.forEach((e, i) => {
    ref(`emotions[${i}].personaId`, e.personaId, personas, "persona");
    ref(`emotions[${i}].stageId`, e.stageId, stages, "stage");
    touchpointIn(`emotions[${i}].touchpointId`, e.touchpointId, e.stageId);
  });
  map.momentsOfTruth?.forEach((m, i) => {
    ref(`momentsOfTruth[${i}].stageId`, m.stageId, stages, "stage");
    touchpointIn(`momentsOfTruth[${i}].touchpointId`, m.touchpointId, m.stageId);
    personaList(`momentsOfTruth[${i}].personaIds`, m.personaIds);
  });
  map.metrics?.forEach((m, i) => {
    ref(`metrics[${i}].stageId`, m.stageId, stages, "stage");
    if (m.stageId !== undefined) touchpointIn(`metrics[${i}].touchpointId`, m.touchpointId, m.stageId);
    else ref(`metrics[${i}].touchpointId`, m.touchpointId, touchpoints, "touchpoint");
    ref(`metrics[${i}].sourceId`, m.sourceId, sources, "source");
  });
  map.quotes?.forEach((q, i) => {
    ref(`quotes[${i}].stageId`, q.stageId, stages, "stage");
    if (q.stageId !== undefined) touchpointIn(`quotes[${i}].touchpointId`, q.touchpointId, q.stageId);
    else ref(`quotes[${i}].touchpointId`, q.touchpointId, touchpoints, "touchpoint");
    ref(`quotes[${i}].personaId`, q.personaId, personas, "persona");
    ref(`quotes[${i}].sourceId`, q.sourceId, sources, "source");
  });
  return issues;
}

/**
 * Two emotion points for the same persona, stage and touchpoint on the same curve (the room's, or the
 * measured one): the curve would be ambiguous.
 */
export function checkEmotionDuplicates(map: JourneyMap): Issue[] {
  const seen = new Map<string, number>();
  const issues: Issue[] = [];
  map.emotions.forEach((e, i) => {
    const key = `${e.personaId}\u0000${e.stageId}\u0000${e.touchpointId ?? ""}\u0000${isMeasuredEmotion(e)}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({
        path: `emotions[${i}]`,
        message: `a second ${isMeasuredEmotion(e) ? "measured " : ""}score for the same persona and stage (also emotions[${first}])`,
      });
    } else seen.set(key, i);
  });
  return issues;
}

import { isMeasuredEmotion } from "../records/emotion-point.js";
import type { JourneyMap } from "../records/journey-map.js";
import {
  RECORD_COLLECTION_NAMES,
  RECORD_COLLECTIONS,
  type RecordCollection,
} from "../records/record-collections.js";
import { formatPath, type Issue, type IssueLocation } from "./issue.js";

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
  for (const collection of RECORD_COLLECTION_NAMES) {
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
 * record of the right kind (the references `RECORD_COLLECTIONS` declares), and a card's, emotion's,
 * moment's, metric's or quote's touchpoint belongs to its stage. Runs on a valid map, or on the
 * `referenceView` of one that failed the schema, so one run reports both. Each issue says where it is
 * as data (`at`) too.
 */
export function checkReferences(map: ReferenceView): Issue[] {
  const issues = duplicateIds(map);
  const ids = new Map(RECORD_COLLECTION_NAMES.map((name) => [name, idsOf(map[name])]));
  /** Touchpoint id -> its stage id (undefined when that field is unusable). */
  const touchpointStage = new Map((map.touchpoints ?? []).map((t) => [t.id, t.stageId]));
  const stageList = new Set((map.stages ?? []).map((s) => s.id));

  for (const { name: collection, references } of RECORD_COLLECTIONS) {
    map[collection]?.forEach((record, index) => {
      for (const { field, to, many, withinStage } of references) {
        const at = { collection, index, field };
        const value = record[field as keyof ReferenceRecord];
        const kind = KIND_NAMES[to];
        if (many) {
          (value as ReferenceRecord["personaIds"])?.forEach((id, item) => {
            if (id !== undefined && !ids.get(to)!.has(id))
              issues.push(issue({ ...at, item }, `no ${kind} with id "${id}"`));
          });
          continue;
        }
        const id = value as string | undefined;
        if (id === undefined) continue;
        if (withinStage && touchpointStage.has(id)) {
          const owner = touchpointStage.get(id);
          const stageId = record.stageId;
          if (owner !== undefined && stageId !== undefined && owner !== stageId && stageList.has(stageId))
            issues.push(issue(at, `touchpoint "${id}" belongs to stage "${owner}", not "${stageId}"`));
        } else if (!ids.get(to)!.has(id)) issues.push(issue(at, `no ${kind} with id "${id}"`));
      }
    });
  }
  return issues;
}

/** How an issue names a record of each collection: `no stage with id "s9"`. */
const KIND_NAMES: Record<RecordCollection, string> = {
  personas: "persona",
  stages: "stage",
  lanes: "lane",
  touchpoints: "touchpoint",
  cards: "card",
  emotions: "emotion point",
  momentsOfTruth: "moment of truth",
  metrics: "metric",
  sources: "source",
  quotes: "quote",
};

/** An issue at a record's field (or list item), with its path. */
function issue(at: IssueLocation, message: string): Issue {
  const segments: PropertyKey[] = [at.collection, at.index];
  if (at.field !== undefined) segments.push(at.field);
  if (at.item !== undefined) segments.push(at.item);
  return { path: formatPath(segments), message, at };
}

/** Ids used twice in the whole document (the map's own id included): the second use is the issue. */
function duplicateIds(map: ReferenceView): Issue[] {
  const issues: Issue[] = [];
  const seen = new Map<string, string>();
  const note = (id: string | undefined, path: string, at?: IssueLocation) => {
    if (id === undefined) return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, path);
    else issues.push({ path, message: `duplicate id "${id}" (also ${first})`, ...(at ? { at } : {}) });
  };
  note(map.id, "id");
  for (const collection of RECORD_COLLECTION_NAMES) {
    map[collection]?.forEach((record, index) => {
      note(record.id, `${collection}[${index}].id`, { collection, index, field: "id" });
    });
  }
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
        at: { collection: "emotions", index: i },
      });
    } else seen.set(key, i);
  });
  return issues;
}

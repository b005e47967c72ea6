import { current, type Draft, isDraft, type Patch } from "immer";
import type * as z from "zod/mini";
import { LIMITS } from "../limits.js";
import { checkReferences, type ReferenceView } from "../parse/check-references.js";
import { englishMessages } from "../parse/english-messages.js";
import { formatPath } from "../parse/issue.js";
import type { JourneyMap } from "../records/journey-map.js";
import { defineOperation, type Operation } from "./define-operation.js";
import { documentHasId, indexById, insertAt, plainCopy, writeChanges } from "./record-changes.js";
import { joinPath, refuse, refuseInvalid, refusing } from "./refusal.js";

/** The record lists of a map. */
export type CollectionName =
  | "personas"
  | "stages"
  | "lanes"
  | "touchpoints"
  | "cards"
  | "emotions"
  | "momentsOfTruth"
  | "metrics"
  | "sources"
  | "quotes";

/** The record type held by a collection. */
export type RecordOf<K extends CollectionName> = JourneyMap[K][number];

/** Whether a record's references point at existing records of the draft map. */
export type ReferenceCheck<K extends CollectionName> = (
  draft: Draft<JourneyMap>,
  record: RecordOf<K>,
) => boolean;

/** Arguments of every `addX` operation. */
export interface AddArgs<T> {
  record: T;
  /** Position in the list; appended when omitted. */
  index?: number;
}

/** Arguments of every `updateX` operation. */
export interface UpdateArgs<T> {
  id: string;
  changes: Partial<T>;
}

/** Arguments of every `removeX` operation. */
export interface RemoveArgs {
  id: string;
}

/**
 * Refuse each field of `value` that the record kind does not have, at its own path under `where`
 * (`cards[new].colour: no field named "colour"`); a value that is not an object is refused at `where`.
 */
function refuseUnknownFields(schema: z.ZodMiniObject, value: unknown, where: string): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    refuse(where, "expected an object of fields");
    return;
  }
  for (const key of Object.keys(value).filter((key) => !Object.hasOwn(schema.shape, key)))
    refuse(joinPath(where, formatPath([key])), `no field named ${JSON.stringify(key)}`);
}

/**
 * Refuse at the reference field of `record` that points nowhere (`cards[new].stageId: no stage with id
 * "s9"`), found by the same check validation runs; `where` is the record's path.
 */
function refuseBrokenReference(
  draft: Draft<JourneyMap>,
  collection: CollectionName,
  record: unknown,
  where: string,
): void {
  if (!refusing()) return;
  const view = {
    personas: draft.personas,
    stages: draft.stages,
    lanes: draft.lanes,
    touchpoints: draft.touchpoints,
    sources: draft.sources,
    [collection]: [record],
  } as ReferenceView;
  const own = `${collection}[0]`;
  const issue = checkReferences(view).find(
    (found) => found.path.startsWith(`${own}.`) && !found.message.startsWith("duplicate id"),
  );
  refuse(
    issue ? joinPath(where, issue.path.slice(own.length + 1)) : where,
    issue?.message ?? "refers to a record that does not exist",
  );
}

/** Whether every key of `value` is a field of the record schema (own keys: `toString` is not one). */
export function onlyKnownFields(schema: z.ZodMiniObject, value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  return Object.keys(value).every((key) => Object.hasOwn(schema.shape, key));
}

/**
 * `addX`: adds a record when it is valid, has only the fields of its kind (write-strict), its id is new
 * to the document, its references exist and its kind is under `LIMITS.maxRecordsPerKind`; otherwise the
 * map is returned unchanged.
 */
export function defineAdd<K extends CollectionName>(
  name: string,
  collection: K,
  schema: z.ZodMiniObject,
  referencesExist: ReferenceCheck<K>,
): Operation<AddArgs<RecordOf<K>>> {
  return defineOperation(name, (draft, { record, index }: AddArgs<RecordOf<K>>) => {
    if (!onlyKnownFields(schema, record)) return refuseUnknownFields(schema, record, `${collection}[new]`);
    const parsed = schema.safeParse(record, { reportInput: true, error: englishMessages });
    if (!parsed.success) return refuseInvalid(collection, undefined, parsed.error);
    if (draft[collection].length >= LIMITS.maxRecordsPerKind)
      return refuse(collection, `at most ${LIMITS.maxRecordsPerKind} records of a kind`);
    if (documentHasId(draft, record.id))
      return refuse(`${collection}[new].id`, `"${record.id}" is already used`);
    if (!referencesExist(draft, record))
      return refuseBrokenReference(draft, collection, record, `${collection}[new]`);
    insertAt(draft[collection] as unknown as RecordOf<K>[], plainCopy(record), index);
  });
}

/**
 * `updateX`: changes fields of a record when the result stays valid and its references exist;
 * `undefined` clears an optional field; the id never changes. Changes naming a field the record kind
 * does not have (`__proto__`, `toString`, a typo) are refused as a whole.
 */
export function defineUpdate<K extends CollectionName>(
  name: string,
  collection: K,
  schema: z.ZodMiniObject,
  referencesExist: ReferenceCheck<K>,
  protectedFields: readonly string[] = [],
): Operation<UpdateArgs<RecordOf<K>>> {
  /** The record to change (plain data) and the changes allowed, once the result is known to be valid. */
  const plan = (map: Draft<JourneyMap>, { id, changes }: UpdateArgs<RecordOf<K>>) => {
    const list = map[collection] as unknown as Draft<RecordOf<K>>[];
    const index = indexById(list, id);
    const record = list[index];
    if (!record) return refuse(collection, `no record with id ${JSON.stringify(String(id))}`);
    if (!onlyKnownFields(schema, changes))
      return refuseUnknownFields(schema, changes, formatPath([collection, index]));
    const allowed = Object.fromEntries(
      Object.entries(changes).filter(([key]) => !protectedFields.includes(key)),
    ) as Partial<RecordOf<K>>;
    // The record as plain data (its base when this edit has not touched it), so neither the spread nor
    // the schema walks it through immer's proxies.
    const plain = (isDraft(record) ? current(record) : record) as RecordOf<K>;
    const next = { ...plain, ...allowed };
    // The schema first: reference checks may assume the fields have their types.
    const parsed = schema.safeParse(next, { reportInput: true, error: englishMessages });
    if (!parsed.success) return refuseInvalid(collection, index, parsed.error);
    if (!referencesExist(map, next))
      return refuseBrokenReference(map, collection, next, formatPath([collection, index]));
    return { index, record, plain, allowed };
  };
  return defineOperation(
    name,
    (draft, args: UpdateArgs<RecordOf<K>>) => {
      const planned = plan(draft, args);
      if (planned) writeChanges(planned.record, planned.allowed);
    },
    // The same edit without immer (whose finalizing copies and walks the 10,000-record list): the
    // patches are those immer gives for fields written on a record.
    (map, args) => {
      const planned = plan(map as Draft<JourneyMap>, args);
      if (!planned) return undefined;
      const { index, plain, allowed } = planned;
      const updated: Record<string, unknown> = { ...plain };
      const patches: Patch[] = [];
      const inversePatches: Patch[] = [];
      for (const [key, value] of Object.entries(allowed)) {
        if (key === "id") continue;
        const path = [collection, index, key];
        const had = Object.hasOwn(updated, key);
        const old = updated[key];
        if (value === undefined) {
          if (!had) continue;
          delete updated[key];
          patches.push({ op: "remove", path });
          inversePatches.push({ op: "add", path, value: old });
        } else if (old !== value || !had) {
          updated[key] = value;
          patches.push({ op: had ? "replace" : "add", path, value });
          inversePatches.push(had ? { op: "replace", path, value: old } : { op: "remove", path });
        }
      }
      if (patches.length === 0) return undefined;
      const list = (map[collection] as readonly unknown[]).slice();
      list[index] = updated;
      return { map: { ...map, [collection]: list }, patches, inversePatches };
    },
  );
}

const exists = (list: readonly { id: string }[], id: string) => indexById(list, id) >= 0;

/** Reference checks shared by several record kinds (id lookups, not scans: see `indexById`). */
export const refs = {
  persona: (draft: Draft<JourneyMap>, id: string | undefined) =>
    id === undefined || exists(draft.personas, id),
  personas: (draft: Draft<JourneyMap>, ids: readonly string[] | undefined) =>
    ids === undefined || ids.every((id) => exists(draft.personas, id)),
  stage: (draft: Draft<JourneyMap>, id: string | undefined) => id === undefined || exists(draft.stages, id),
  lane: (draft: Draft<JourneyMap>, id: string) => exists(draft.lanes, id),
  source: (draft: Draft<JourneyMap>, id: string | undefined) => id === undefined || exists(draft.sources, id),
  /** The touchpoint exists and, when a stage is given, belongs to it. */
  touchpoint: (draft: Draft<JourneyMap>, id: string | undefined, stageId?: string) => {
    if (id === undefined) return true;
    const touchpoint = draft.touchpoints[indexById(draft.touchpoints, id)];
    return touchpoint !== undefined && (stageId === undefined || touchpoint.stageId === stageId);
  },
};

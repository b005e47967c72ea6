import { type JourneyMap, journeyMapSchema, validateJourneyMap } from "@journeykit/core";
import { isRecordCollection } from "./doc-layout.js";
import { type MergedMap, recordsOf } from "./merged-map.js";
import { type FieldSchema, repairValue } from "./repair-value.js";

/** What `repairMap` changed, each with the path it named in the merged document. */
export interface Repair {
  path: string;
  action: "removed record" | "cleared field" | "removed list item" | "replaced value";
}

interface SchemaNode {
  _zod: { def: { type: string; element?: SchemaNode; shape?: Record<string, SchemaNode & FieldSchema> } };
}

/** The schema of `field` of a record in `collection`. */
function fieldSchema(collection: string, field: string): FieldSchema | undefined {
  const list = (journeyMapSchema.shape as Record<string, unknown>)[collection] as SchemaNode | undefined;
  return list?._zod.def.element?._zod.def.shape?.[field];
}

/** Whether `field` of a record in `collection` may be absent (so a dangling value can be cleared). */
function isOptionalField(collection: string, field: string): boolean {
  return fieldSchema(collection, field)?._zod.def.type === "optional";
}

/**
 * What replaces a required field's value the field itself refuses (text over its limit, a score out of
 * range, a number where text belongs), so the record is kept; undefined when the value is fine on its
 * own (the problem is a relation: a dangling reference, a duplicate) or nothing fits (an identifier).
 */
function replacementFor(collection: string, field: string, value: unknown): { value: unknown } | undefined {
  const schema = fieldSchema(collection, field);
  if (!schema || schema.safeParse(value).success) return undefined;
  return repairValue(schema, value);
}

const PATH = /^(\w+)\[(\d+)\](?:\.(\w+)(?:\[(\d+)\])?)?/;

/** The fix for one issue path: which record, and what to drop from it. */
interface Fix {
  collection: string;
  index: number;
  field?: string;
  item?: number;
}

function fixFor(path: string): Fix | undefined {
  const match = PATH.exec(path);
  if (!match) return undefined;
  const [, collection, index, field, item] = match;
  return {
    collection: collection!,
    index: Number(index),
    ...(field === undefined ? {} : { field }),
    ...(item === undefined ? {} : { item: Number(item) }),
  };
}

/** Apply one round of fixes to a shallow copy of the map; records not fixed keep their identity. */
function applyFixes(map: MergedMap, fixes: Fix[], repairs: Repair[]): MergedMap {
  const lists = (collection: string) => (isRecordCollection(collection) ? recordsOf(map, collection) : []);
  const removed = new Map<string, Set<number>>();
  const edited = new Map<string, Map<number, Record<string, unknown>>>();
  for (const fix of fixes) {
    const record = lists(fix.collection)[fix.index];
    if (!record) continue;
    const path = `${fix.collection}[${fix.index}]`;
    const drop = () => {
      if (!removed.has(fix.collection)) removed.set(fix.collection, new Set());
      removed.get(fix.collection)!.add(fix.index);
      repairs.push({ path, action: "removed record" });
    };
    if (fix.field === undefined || fix.field === "id") {
      drop();
      continue;
    }
    const edits = edited.get(fix.collection) ?? new Map<number, Record<string, unknown>>();
    edited.set(fix.collection, edits);
    const copy = edits.get(fix.index) ?? { ...record };
    edits.set(fix.index, copy);
    const value = copy[fix.field];
    if (fix.item !== undefined && Array.isArray(value)) {
      // Mark the item; the marked items are filtered out below, so indices of one round stay valid.
      copy[fix.field] = value.map((v, i) => (i === fix.item ? REMOVED : v));
      repairs.push({ path: `${path}.${fix.field}[${fix.item}]`, action: "removed list item" });
    } else if (isOptionalField(fix.collection, fix.field)) {
      delete copy[fix.field];
      repairs.push({ path: `${path}.${fix.field}`, action: "cleared field" });
    } else if (copy[fix.field] === record[fix.field]) {
      // (A second issue at a field replaced this round is about the value already replaced.)
      const replacement = replacementFor(fix.collection, fix.field, value);
      if (replacement === undefined) drop();
      else {
        copy[fix.field] = replacement.value;
        repairs.push({ path: `${path}.${fix.field}`, action: "replaced value" });
      }
    }
  }
  const next: Record<string, unknown> = { ...map };
  for (const collection of new Set([...removed.keys(), ...edited.keys()])) {
    const drops = removed.get(collection);
    const edits = edited.get(collection);
    next[collection] = lists(collection).flatMap((record, i) => {
      if (drops?.has(i)) return [];
      const copy = edits?.get(i);
      if (!copy) return [record];
      for (const [key, value] of Object.entries(copy)) {
        if (Array.isArray(value) && value.includes(REMOVED)) copy[key] = value.filter((v) => v !== REMOVED);
      }
      return [copy];
    });
  }
  return next;
}

const REMOVED = Symbol("removed");

/** Warnings that name a whole record (a second emotion score for the same persona and stage). */
export const WHOLE_RECORD = /^\w+\[\d+\]$/;

/**
 * Make a merged map valid, deterministically, the way core's remove operations leave a map: after
 * concurrent edits a card may name a stage another client removed, or two clients may each have scored
 * the same persona at the same stage. A record whose required reference dangles is removed; a dangling
 * optional reference is cleared; a dangling id in a list (`personaIds`) is taken out of the list; a
 * second record where only one may exist is removed (the first in document order stays). A value a
 * modified client wrote that its field refuses costs the field, never the record: an optional field is
 * cleared, a required one gets the nearest value it accepts (`repairValue`: text cut to its limit, a
 * score clamped, a number where text belongs emptied); only an identifier that cannot be read removes
 * its record. Every client holding the same Y.Doc state computes the same result.
 *
 * @example
 * const { map, repairs } = repairMap(merged); // repairs: [{ path: "cards[4]", action: "removed record" }]
 */
export function repairMap(input: MergedMap): { map: JourneyMap; repairs: Repair[] } {
  let map = input;
  const repairs: Repair[] = [];
  // Each round fixes every issue there is (validation lists all of them, not the first 200 a person
  // reads, so the time is one pass per round at any size the format allows); a fix can reveal another
  // (a removed touchpoint leaves a card's touchpointId dangling), so a few rounds may be needed: as many
  // as the chain of references is long. Each round removes or shrinks something.
  for (let round = 0; round < 50; round++) {
    const result = validateJourneyMap(map, { maxErrors: Number.POSITIVE_INFINITY });
    const issues = result.ok
      ? result.warnings.filter((warning) => WHOLE_RECORD.test(warning.path))
      : result.errors;
    const fixes = issues.map((issue) => fixFor(issue.path)).filter((fix) => fix !== undefined);
    if (result.ok && fixes.length === 0) return { map: map as JourneyMap, repairs };
    if (fixes.length === 0) {
      const first = result.ok ? undefined : result.errors[0];
      throw new Error(`The merged map cannot be repaired: at ${first?.path}: ${first?.message}`);
    }
    map = applyFixes(map, fixes, repairs);
  }
  throw new Error("The merged map could not be repaired in 50 rounds");
}

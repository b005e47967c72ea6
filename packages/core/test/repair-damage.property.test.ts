import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  collectionEntry,
  type JourneyMap,
  RECORD_COLLECTION_NAMES,
  type RecordCollection,
  repairJourneyMap,
  validateJourneyMap,
} from "../src/index";
import { journeyMapArbitrary } from "./arbitraries";

type Loose = Record<string, unknown>;
type Doc = Loose & { [K in RecordCollection]: unknown[] };

/** One kind of harm done to a valid map, held out from the repair's own tests. */
const DAMAGES = [
  "delete a stage",
  "delete a lane",
  "delete a persona",
  "duplicate an id",
  "score of 99",
  "30,000 characters of text",
  "a field of the wrong type",
  "a required field removed",
  "a record that is not an object",
  "a map field removed",
] as const;
type Damage = (typeof DAMAGES)[number];

const damageArbitrary = fc.array(
  fc.record({ kind: fc.constantFrom(...DAMAGES), pick: fc.nat(), other: fc.nat() }),
  { minLength: 1, maxLength: 6 },
);

const isObject = (value: unknown): value is Loose =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The records of the damaged map that some damage touched (by identity), and the map fields it removed. */
interface Harm {
  records: Set<unknown>;
  mapFields: Set<string>;
}

function pickRecord(doc: Doc, collections: readonly RecordCollection[], pick: number) {
  const all = collections.flatMap((collection) =>
    doc[collection].flatMap((record, index) => (isObject(record) ? [{ collection, index, record }] : [])),
  );
  return all.length === 0 ? undefined : all[pick % all.length];
}

/** Whether the record's schema needs `field` (it refuses the record without it). */
function isRequired(collection: RecordCollection, record: Loose, field: string): boolean {
  const { [field]: _, ...rest } = record;
  const result = collectionEntry(collection).schema.safeParse(rest);
  return !result.success && result.error.issues.some((issue) => issue.path[0] === field);
}

function damage(doc: Doc, { kind, pick, other }: { kind: Damage; pick: number; other: number }, harm: Harm) {
  const deleteFrom = (collection: RecordCollection) => {
    if (doc[collection].length > 0) doc[collection].splice(pick % doc[collection].length, 1);
  };
  if (kind === "delete a stage") return deleteFrom("stages");
  if (kind === "delete a lane") return deleteFrom("lanes");
  if (kind === "delete a persona") return deleteFrom("personas");
  if (kind === "a map field removed") {
    const field = (["title", "createdAt", "updatedAt", "state", "id"] as const)[pick % 5]!;
    delete doc[field];
    harm.mapFields.add(field);
    return;
  }
  const target =
    kind === "score of 99"
      ? pickRecord(doc, ["emotions"], pick)
      : pickRecord(doc, RECORD_COLLECTION_NAMES, pick);
  if (!target) return;
  const { collection, index, record } = target;
  harm.records.add(record);
  if (kind === "duplicate an id") {
    // Whichever of the two comes later is the one repaired (`laterUses`).
    harm.records.delete(record);
    const source = pickRecord(doc, RECORD_COLLECTION_NAMES, other);
    if (source) record.id = source.record.id;
  } else if (kind === "score of 99") record.score = 99;
  else if (kind === "30,000 characters of text") {
    const texts = collectionEntry(collection).texts;
    record[texts[other % texts.length]!] = `${String(other)} ${"long words ".repeat(2_727)}`;
  } else if (kind === "a field of the wrong type") {
    const fields = Object.keys(record);
    record[fields[other % fields.length]!] = true;
  } else if (kind === "a required field removed") {
    const required = Object.keys(record).filter((field) => isRequired(collection, record, field));
    delete record[required[other % required.length]!];
  } else {
    const texts = collectionEntry(collection).texts.map((field) => record[field]);
    harm.records.delete(record);
    doc[collection][index] = texts.find((text) => typeof text === "string") ?? 7;
  }
}

/** Every string anywhere in a value (records, meta, set-aside records). */
function stringsIn(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === "string") into.add(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
  else if (isObject(value)) for (const item of Object.values(value)) stringsIn(item, into);
  return into;
}

/** The free text people typed in the damaged map, per the registry's `texts`. */
function textsOf(doc: Doc): string[] {
  return RECORD_COLLECTION_NAMES.flatMap((collection) =>
    doc[collection].filter(isObject).flatMap((record) =>
      collectionEntry(collection)
        .texts.map((field) => record[field])
        .filter((text): text is string => typeof text === "string" && text !== ""),
    ),
  );
}

/** Ids used more than once: every use after the first (the map's own id first, then the lists in order). */
function laterUses(doc: Doc): Set<unknown> {
  const seen = new Set<unknown>([doc.id]);
  const later = new Set<unknown>();
  for (const collection of RECORD_COLLECTION_NAMES) {
    for (const record of doc[collection].filter(isObject)) {
      if (typeof record.id !== "string") continue;
      if (seen.has(record.id)) later.add(record);
      seen.add(record.id);
    }
  }
  return later;
}

/** Records that name a stage, lane or persona no record has any more. */
function dangling(doc: Doc): Set<unknown> {
  const ids = new Set(RECORD_COLLECTION_NAMES.flatMap((c) => doc[c].filter(isObject).map((r) => r.id)));
  const found = new Set<unknown>();
  for (const collection of RECORD_COLLECTION_NAMES) {
    const references = collectionEntry(collection).references.filter((r) =>
      ["stages", "lanes", "personas"].includes(r.to),
    );
    for (const record of doc[collection].filter(isObject)) {
      for (const { field } of references) {
        const value = record[field];
        const named = Array.isArray(value) ? value : [value];
        if (named.some((id) => typeof id === "string" && !ids.has(id))) found.add(record);
      }
    }
  }
  return found;
}

describe("repairJourneyMap on valid maps damaged at random", () => {
  it("makes them valid, keeps every text, lists a repair for each damage and needs no second pass", () => {
    fc.assert(
      fc.property(journeyMapArbitrary, damageArbitrary, (valid: JourneyMap, damages) => {
        const doc = structuredClone(valid) as unknown as Doc;
        const harm: Harm = { records: new Set(), mapFields: new Set() };
        for (const d of damages) damage(doc, d, harm);
        const { map, repairs } = repairJourneyMap(doc);

        expect(validateJourneyMap(map).ok).toBe(true);
        const kept = stringsIn(map);
        for (const text of textsOf(doc)) expect(kept.has(text)).toBe(true);

        const repaired = new Set(repairs.map((r) => (r.at ? `${r.at.collection}[${r.at.index}]` : r.path)));
        const expected = new Set([...harm.records, ...laterUses(doc), ...dangling(doc)]);
        for (const collection of RECORD_COLLECTION_NAMES) {
          doc[collection].forEach((record, index) => {
            if (expected.has(record))
              expect(repaired, `${collection}[${index}]`).toContain(`${collection}[${index}]`);
          });
        }
        for (const field of harm.mapFields) expect(repaired).toContain(field);

        expect(repairJourneyMap(map).repairs).toEqual([]);
        // Deterministic, unless the map has no date at all: then, and only then, the clock dates it.
        if ([doc.createdAt, doc.updatedAt].some((date) => typeof date === "string"))
          expect(repairJourneyMap(JSON.stringify(doc))).toEqual({ map, repairs });
      }),
      { numRuns: 200 },
    );
  });
});

import { describe, expect, test } from "vitest";
import { createJourneyMap, journeyMapSchema } from "./journey-map.js";
import {
  collectionEntry,
  collectionOfKind,
  collectionsOf,
  RECORD_COLLECTION_NAMES,
  RECORD_COLLECTIONS,
  RECORD_KINDS,
} from "./record-collections.js";

/** A zod-mini schema's definition, as far as these tests read it (core's own schema, in core's test). */
interface Def {
  type: string;
  innerType?: { _zod: { def: Def } };
  element?: { _zod: { def: Def } };
  shape?: Record<string, { _zod: { def: Def } }>;
  checks?: { _zod: { def: { check: string } } }[];
}
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;

/** The top-level fields of the document schema that are lists of records with an id. */
function recordListsOfSchema(): string[] {
  return Object.entries(journeyMapSchema.shape).flatMap(([name, schema]) => {
    const element = defOf(schema).element?._zod.def;
    return element?.type === "object" && element.shape && "id" in element.shape ? [name] : [];
  });
}

/** Fields whose schema is free text: a string whose only checks are a length limit. */
function freeTextFields(name: string): string[] {
  const shape = defOf(collectionEntry(name as "cards").schema).shape ?? {};
  return Object.entries(shape).flatMap(([field, schema]) => {
    let def = schema._zod.def;
    if (def.type === "optional" && def.innerType) def = def.innerType._zod.def;
    const checks = def.checks ?? [];
    const free =
      def.type === "string" && checks.length > 0 && checks.every((c) => c._zod.def.check === "max_length");
    return free ? [field] : [];
  });
}

describe("RECORD_COLLECTIONS", () => {
  test("lists every record list of the document schema, in document order", () => {
    expect(RECORD_COLLECTION_NAMES).toEqual(recordListsOfSchema());
  });

  test("names, for each list, exactly the free-text fields its schema has", () => {
    for (const { name, texts } of RECORD_COLLECTIONS)
      expect([...texts].sort(), name).toEqual(freeTextFields(name).sort());
  });

  test("each record schema is the one the document schema holds for that list", () => {
    for (const { name, schema } of RECORD_COLLECTIONS)
      expect(defOf(journeyMapSchema.shape[name]).element, name).toBe(schema);
  });

  test("a reference is required exactly when its record schema does not let it be absent", () => {
    for (const { name, schema, references } of RECORD_COLLECTIONS) {
      const shape = defOf(schema).shape ?? {};
      for (const { field, required } of references) {
        expect(Object.keys(shape), `${name}.${field}`).toContain(field);
        expect(shape[field]!._zod.def.type === "optional", `${name}.${field}`).toBe(!required);
      }
    }
  });

  test("every reference names a collection of the registry", () => {
    for (const { references } of RECORD_COLLECTIONS)
      for (const { to } of references) expect(RECORD_COLLECTION_NAMES).toContain(to);
  });
});

describe("collectionsOf", () => {
  test("yields each of a map's lists with its entry, in document order", () => {
    const map = createJourneyMap({ title: "Checkout" });
    const lists = collectionsOf(map);
    expect(lists.map((list) => list.name)).toEqual(RECORD_COLLECTION_NAMES);
    for (const list of lists) {
      expect(list.records).toBe(map[list.name]);
      expect(list.entry).toBe(collectionEntry(list.name));
    }
    const stages = lists.find((list) => list.name === "stages");
    expect(stages?.name === "stages" && stages.records.map((stage) => stage.name)).toHaveLength(3);
  });
});

describe("collectionOfKind", () => {
  test("names the list of each kind of record, one kind per list", () => {
    expect(collectionOfKind("moment")).toBe("momentsOfTruth");
    expect(collectionOfKind("card")).toBe("cards");
    for (const name of RECORD_COLLECTION_NAMES) expect(collectionOfKind(RECORD_KINDS[name])).toBe(name);
    expect(new Set(Object.values(RECORD_KINDS)).size).toBe(RECORD_COLLECTION_NAMES.length);
  });
});

import type * as z from "zod/mini";
import { type Card, cardSchema } from "./card.js";
import { type EmotionPoint, emotionPointSchema } from "./emotion-point.js";
import { type Lane, laneSchema } from "./lane.js";
import { type Metric, metricSchema } from "./metric.js";
import { type MomentOfTruth, momentOfTruthSchema } from "./moment-of-truth.js";
import { type Persona, personaSchema } from "./persona.js";
import { type Quote, quoteSchema } from "./quote.js";
import { type Source, sourceSchema } from "./source.js";
import { type Stage, stageSchema } from "./stage.js";
import { type Touchpoint, touchpointSchema } from "./touchpoint.js";

/** The record held by each of the document's record lists. */
export interface RecordsByCollection {
  personas: Persona;
  stages: Stage;
  lanes: Lane;
  touchpoints: Touchpoint;
  cards: Card;
  emotions: EmotionPoint;
  momentsOfTruth: MomentOfTruth;
  metrics: Metric;
  sources: Source;
  quotes: Quote;
}

/** The name of one of the document's record lists. */
export type RecordCollection = keyof RecordsByCollection;

/** The record type held by the collection `K`. */
export type CollectionRecord<K extends RecordCollection> = RecordsByCollection[K];

/** A field of a record naming another record by its id. */
export interface ReferenceField<K extends RecordCollection = RecordCollection> {
  /** The field, e.g. `stageId`. */
  field: keyof CollectionRecord<K> & string;
  /** The collection the id names a record of. */
  to: RecordCollection;
  /** Whether the record is meaningless without it (a card's lane); an optional one may be cleared. */
  required: boolean;
  /** A list of ids (`personaIds`) rather than one. */
  many?: true;
  /**
   * A touchpoint reference that must belong to the record's own `stageId` (when it has one): a card
   * cannot sit in one stage on a touchpoint of another.
   */
  withinStage?: true;
}

/** What one record of each list is called where a single record is meant (a selection, a draft). */
export const RECORD_KINDS = {
  personas: "persona",
  stages: "stage",
  lanes: "lane",
  touchpoints: "touchpoint",
  cards: "card",
  emotions: "emotion",
  momentsOfTruth: "moment",
  metrics: "metric",
  sources: "source",
  quotes: "quote",
} as const satisfies Record<RecordCollection, string>;

/** What one record of a list is called: `"card"`, `"moment"`, ... */
export type RecordKind = (typeof RECORD_KINDS)[RecordCollection];

/** The list whose records are of kind `T`: `"cards"` for `"card"`. */
export type CollectionOfKind<T extends RecordKind> = {
  [K in RecordCollection]: (typeof RECORD_KINDS)[K] extends T ? K : never;
}[RecordCollection];

/**
 * The list holding records of one kind.
 *
 * @example
 * collectionOfKind("moment"); // "momentsOfTruth"
 */
export function collectionOfKind<T extends RecordKind>(kind: T): CollectionOfKind<T> {
  return RECORD_COLLECTION_NAMES.find((name) => RECORD_KINDS[name] === kind) as CollectionOfKind<T>;
}

/** What the document knows about one record list: its name, record schema, references and free text. */
export interface CollectionEntry<K extends RecordCollection = RecordCollection> {
  readonly name: K;
  /** The schema of one record (types and value ranges; references are checked by `checkReferences`). */
  readonly schema: z.ZodMiniType<CollectionRecord<K>>;
  /** The fields that name other records, and what they name. */
  readonly references: readonly ReferenceField<K>[];
  /** Free text people type (a card's text, a name, a description): never dropped by a repair. */
  readonly texts: readonly (keyof CollectionRecord<K> & string)[];
}

function entry<K extends RecordCollection>(
  name: K,
  schema: z.ZodMiniType<CollectionRecord<K>>,
  texts: CollectionEntry<K>["texts"],
  references: CollectionEntry<K>["references"] = [],
): CollectionEntry<K> {
  return { name, schema, texts, references };
}

type Registry = { readonly [K in RecordCollection]: CollectionEntry<K> }[RecordCollection];

const ENTRIES: { readonly [K in RecordCollection]: CollectionEntry<K> } = {
  personas: entry("personas", personaSchema, ["name", "role", "avatar", "quote"]),
  stages: entry("stages", stageSchema, ["name", "description"]),
  lanes: entry("lanes", laneSchema, ["title"]),
  touchpoints: entry(
    "touchpoints",
    touchpointSchema,
    ["name", "owner", "description"],
    [
      { field: "stageId", to: "stages", required: true },
      { field: "personaIds", to: "personas", required: false, many: true },
    ],
  ),
  cards: entry(
    "cards",
    cardSchema,
    ["text"],
    [
      { field: "laneId", to: "lanes", required: true },
      { field: "stageId", to: "stages", required: true },
      { field: "personaId", to: "personas", required: false },
      { field: "touchpointId", to: "touchpoints", required: false, withinStage: true },
    ],
  ),
  emotions: entry(
    "emotions",
    emotionPointSchema,
    ["emotion", "note"],
    [
      { field: "personaId", to: "personas", required: true },
      { field: "stageId", to: "stages", required: true },
      { field: "touchpointId", to: "touchpoints", required: false, withinStage: true },
    ],
  ),
  momentsOfTruth: entry(
    "momentsOfTruth",
    momentOfTruthSchema,
    ["title", "description"],
    [
      { field: "stageId", to: "stages", required: true },
      { field: "touchpointId", to: "touchpoints", required: false, withinStage: true },
      { field: "personaIds", to: "personas", required: false, many: true },
    ],
  ),
  metrics: entry(
    "metrics",
    metricSchema,
    ["label", "source"],
    [
      { field: "stageId", to: "stages", required: false },
      { field: "touchpointId", to: "touchpoints", required: false, withinStage: true },
      { field: "sourceId", to: "sources", required: false },
    ],
  ),
  sources: entry("sources", sourceSchema, ["name"]),
  quotes: entry(
    "quotes",
    quoteSchema,
    ["text"],
    [
      { field: "stageId", to: "stages", required: false },
      { field: "touchpointId", to: "touchpoints", required: false, withinStage: true },
      { field: "personaId", to: "personas", required: false },
      { field: "sourceId", to: "sources", required: false },
    ],
  ),
};

/**
 * The document's record lists, in document order, and what each holds: the one registry that
 * validation, references, repair, edits, indexes and live collaboration all walk over. A new kind of
 * record is added here once.
 *
 * @example
 * for (const { name, references } of RECORD_COLLECTIONS) console.log(name, references.map((r) => r.field));
 * // "cards" ["laneId", "stageId", "personaId", "touchpointId"]
 */
export const RECORD_COLLECTIONS: readonly Registry[] = [
  ENTRIES.personas,
  ENTRIES.stages,
  ENTRIES.lanes,
  ENTRIES.touchpoints,
  ENTRIES.cards,
  ENTRIES.emotions,
  ENTRIES.momentsOfTruth,
  ENTRIES.metrics,
  ENTRIES.sources,
  ENTRIES.quotes,
];

/**
 * The names of the document's record lists, in document order.
 *
 * @example
 * RECORD_COLLECTION_NAMES; // ["personas", "stages", "lanes", "touchpoints", "cards", ...]
 */
export const RECORD_COLLECTION_NAMES: readonly RecordCollection[] = RECORD_COLLECTIONS.map(
  (collection) => collection.name,
);

/**
 * The registry entry of one record list.
 *
 * @example
 * collectionEntry("cards").texts; // ["text"]
 */
export function collectionEntry<K extends RecordCollection>(name: K): CollectionEntry<K> {
  return ENTRIES[name];
}

/** One record list of a map, typed: what `collectionsOf` yields. */
export type CollectionOf<K extends RecordCollection = RecordCollection> = {
  [N in K]: { name: N; entry: CollectionEntry<N>; records: readonly CollectionRecord<N>[] };
}[K];

/**
 * A map's record lists, in document order, each with its registry entry, typed by name: the way to
 * walk every record without casting the map to a dictionary.
 *
 * @example
 * for (const { name, records } of collectionsOf(map)) console.log(name, records.length);
 * for (const list of collectionsOf(map)) if (list.name === "cards") list.records[0]?.text; // typed
 */
export function collectionsOf(
  map: { readonly [K in RecordCollection]: readonly CollectionRecord<K>[] },
): CollectionOf[] {
  return RECORD_COLLECTIONS.map(
    (entry) => ({ name: entry.name, entry, records: map[entry.name] }) as CollectionOf,
  );
}

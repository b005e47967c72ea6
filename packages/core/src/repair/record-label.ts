import { collectionEntry, type RecordCollection } from "../records/record-collections.js";
import { isPlainObject } from "./plain-object.js";

/** How a repair names a record of each kind, and how the ids it makes for one start. */
export const RECORD_KINDS: { readonly [K in RecordCollection]: { noun: string; idPrefix: string } } = {
  personas: { noun: "persona", idPrefix: "persona" },
  stages: { noun: "stage", idPrefix: "stage" },
  lanes: { noun: "lane", idPrefix: "lane" },
  touchpoints: { noun: "touchpoint", idPrefix: "tp" },
  cards: { noun: "card", idPrefix: "card" },
  emotions: { noun: "emotion point", idPrefix: "emo" },
  momentsOfTruth: { noun: "moment of truth", idPrefix: "mot" },
  metrics: { noun: "metric", idPrefix: "metric" },
  sources: { noun: "source", idPrefix: "src" },
  quotes: { noun: "quote", idPrefix: "quote" },
};

const MAX_SHOWN = 60;

/** Text shown in a message: quoted, cut to 60 characters. */
export function quoted(text: string): string {
  return JSON.stringify(text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text);
}

/** A value shown in a message: text quoted, anything else as JSON, cut; `nothing` for undefined. */
export function shown(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") return quoted(value);
  const json = JSON.stringify(value);
  return json.length > MAX_SHOWN ? `${json.slice(0, MAX_SHOWN - 1)}…` : json;
}

/**
 * How a message names a record: its kind and the first free text it has (a card's text, a stage's
 * name), else its id, else its place: `card "Long wait at the desk"`, `stage with id "s2"`, `cards[3]`.
 *
 * @example
 * recordLabel("cards", 3, { id: "c4", text: "Long wait at the desk" }); // 'card "Long wait at the desk"'
 */
export function recordLabel(collection: RecordCollection, index: number, record: unknown): string {
  const { noun } = RECORD_KINDS[collection];
  if (!isPlainObject(record)) return `${collection}[${index}]`;
  for (const field of collectionEntry(collection).texts) {
    const text = record[field];
    if (typeof text === "string" && text.trim() !== "") return `${noun} ${quoted(text.trim())}`;
  }
  return typeof record.id === "string"
    ? `${noun} with id ${quoted(record.id)}`
    : `${noun} ${collection}[${index}]`;
}

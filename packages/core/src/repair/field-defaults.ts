import { journeyMapSchema } from "../records/journey-map.js";
import { PERSONA_COLORS } from "../records/persona.js";
import type { RecordCollection } from "../records/record-collections.js";
import { isPlainObject, type PlainObject } from "./plain-object.js";

/** The value a missing or unusable required field gets, worked out from the document when it needs to be. */
type FieldDefault = (doc: PlainObject) => unknown;

const value =
  (v: unknown): FieldDefault =>
  () =>
    structuredClone(v);
const emptyText = value("");
const emptyList = value([]);

/**
 * What each record's required fields (other than ids and references) get when missing or unusable:
 * empty text for what people type (they never lose text: the old value is kept in `meta`), the kind a
 * new record of that kind gets (`createLane`'s "notes", `createTouchpoint`'s "other", a moment's
 * "custom" of importance 3), a neutral score, an empty list.
 */
export const RECORD_DEFAULTS: { readonly [K in RecordCollection]: Readonly<Record<string, FieldDefault>> } = {
  personas: {
    name: emptyText,
    color: value(PERSONA_COLORS[0]),
    demographics: value({}),
    psychographics: emptyList,
    needs: emptyList,
    motivations: emptyList,
    goals: emptyList,
    frustrations: emptyList,
  },
  stages: { name: emptyText },
  lanes: { kind: value("notes"), title: emptyText },
  touchpoints: { name: emptyText, channel: value("other") },
  cards: { text: emptyText },
  emotions: { score: value(0) },
  momentsOfTruth: { title: emptyText, kind: value("custom"), importance: value(3) },
  metrics: { kind: value("custom"), value: value(0) },
  sources: { kind: value("other"), name: emptyText, importedAt: (doc) => documentDate(doc, "createdAt") },
  quotes: { text: emptyText },
};

/** What the map's own required fields get (its id is given by the repair's id rules). */
export const MAP_DEFAULTS: Readonly<Record<string, FieldDefault>> = {
  title: value("Untitled journey"),
  state: value("current"),
  createdAt: (doc) => documentDate(doc, "updatedAt"),
  updatedAt: (doc) => documentDate(doc, "createdAt"),
};

const isTimestamp = (v: unknown): v is string => journeyMapSchema.shape.createdAt.safeParse(v).success;
const isDay = (v: unknown): v is string => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** Every evidence date in the document (sources' imports and periods, quotes, metric series), as timestamps. */
function evidenceDates(doc: PlainObject): string[] {
  const found: unknown[] = [];
  const each = (list: unknown, read: (record: PlainObject) => unknown[]) => {
    if (Array.isArray(list))
      for (const record of list) if (isPlainObject(record)) found.push(...read(record));
  };
  each(doc.sources, (s) => [s.importedAt, isPlainObject(s.period) ? s.period.to : undefined]);
  each(doc.quotes, (q) => [q.date]);
  each(doc.metrics, (m) =>
    Array.isArray(m.series) ? m.series.map((p) => (isPlainObject(p) ? p.date : undefined)) : [],
  );
  return found.flatMap((v) =>
    isTimestamp(v) ? [v] : isDay(v) && isTimestamp(`${v}T00:00:00.000Z`) ? [`${v}T00:00:00.000Z`] : [],
  );
}

/**
 * A timestamp for a document that lacks one, without reading the clock when the document has a date:
 * its `prefer` field (the other of `createdAt` and `updatedAt`) when valid, else the latest date of its
 * evidence; only a document with no date anywhere gets the current time.
 *
 * @example
 * documentDate({ updatedAt: "2026-01-02T00:00:00.000Z" }, "updatedAt"); // "2026-01-02T00:00:00.000Z"
 */
export function documentDate(doc: PlainObject, prefer: "createdAt" | "updatedAt"): string {
  const preferred = doc[prefer];
  if (isTimestamp(preferred)) return preferred;
  const other = doc[prefer === "createdAt" ? "updatedAt" : "createdAt"];
  if (isTimestamp(other)) return other;
  const dates = evidenceDates(doc);
  if (dates.length === 0) return new Date().toISOString();
  return dates.reduce((latest, date) => (Date.parse(date) > Date.parse(latest) ? date : latest));
}

import { current, type Draft, isDraft, original } from "immer";
import type * as z from "zod/mini";
import { documentIndex, recordIndex } from "../document-index/document-index.js";
import type { JourneyMap } from "../records/journey-map.js";
import { RECORD_COLLECTION_NAMES } from "../records/record-collections.js";

/** Whether `id` is the document's or one of its records' (the base document's, through its index). */
export function documentHasId(draft: Draft<JourneyMap>, id: string): boolean {
  // The base document, so looking 10,000 ids up does not create 10,000 drafts.
  const map = (isDraft(draft) ? original(draft) : draft) as JourneyMap;
  if (map.id === id) return true;
  const index = documentIndex(map);
  return RECORD_COLLECTION_NAMES.some((name) => index.positionOf(name, id) >= 0);
}

/**
 * Apply `changes` to a draft record in place when the result still satisfies the record's schema:
 * `undefined` removes an optional field, `id` never changes. Returns false (and changes nothing) when
 * the result would be invalid.
 */
export function applyChanges<T extends { id: string }>(
  record: Draft<T>,
  changes: Partial<T>,
  schema: z.ZodMiniType,
): boolean {
  // Plain data (the base when this edit has not touched the record), not immer's proxy.
  const next: Record<string, unknown> = { ...((isDraft(record) ? current(record) : record) as object) };
  for (const [key, value] of Object.entries(changes)) {
    if (key === "id") continue;
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  if (!schema.safeParse(next).success) return false;
  writeChanges(record, changes);
  return true;
}

/** Write `changes` to a draft record already checked against its schema (`undefined` removes a field; never the id). */
export function writeChanges<T extends { id: string }>(record: Draft<T>, changes: Partial<T>): void {
  const target = record as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes)) {
    if (key === "id") continue;
    if (value === undefined) delete target[key];
    else if (target[key] !== value) target[key] = value;
  }
}

/** The item at `i` of a (draft) list without making a draft of it (immer drafts what `list[i]` reads). */
const peek = (list: readonly unknown[], i: number): unknown =>
  Object.getOwnPropertyDescriptor(list, i)?.value;

/**
 * Index of the first record matching `predicate` in a (draft) list, searching the base list so the
 * records passed over do not each become a draft (as `indexById`).
 */
export function indexWhere<T>(list: readonly T[], predicate: (record: T) => boolean): number {
  const base = isDraft(list) ? (original(list as object) as readonly T[] | undefined) : list;
  if (base) {
    const i = base.findIndex(predicate);
    if (i >= 0 && (base === list || predicate(peek(list, i) as T))) return i;
    if (i < 0 && base.length === list.length) return -1;
  }
  return list.findIndex(predicate);
}

/** Insert at `index` (clamped), or append (also when `index` is not a number, or NaN). */
export function insertAt<T>(list: T[], item: T, index?: number): void {
  if (typeof index !== "number" || Number.isNaN(index) || index >= list.length) list.push(item);
  else list.splice(Math.max(0, index), 0, item);
}

/** Move the item at `from` to `to` (clamped); a `to` that is not a number (or NaN) moves nothing. */
export function moveItem<T>(list: T[], from: number, to: number): void {
  if (typeof to !== "number" || Number.isNaN(to)) return;
  const target = Math.max(0, Math.min(list.length - 1, to));
  if (from === target || from < 0) return;
  const [item] = list.splice(from, 1);
  list.splice(target, 0, item as T);
}

/** Remove every item matching `predicate`, in place (keeps the draft's identity). */
export function removeWhere<T>(list: T[], predicate: (item: T) => boolean): void {
  for (let i = list.length - 1; i >= 0; i--) if (predicate(list[i] as T)) list.splice(i, 1);
}

/** A deep, plain (non-draft) copy of a record, for duplicating. */
export function plainCopy<T>(value: T): T {
  return structuredClone(isDraft(value) ? (current(value as Draft<T>) as T) : value);
}

/**
 * Index of the record with this id in a (draft) list, without creating a draft for every record it
 * passes: the base list is searched (through its index, `recordIndex`), and the hit is checked on the
 * draft (falling back to a scan when the list was already reordered in this edit).
 */
export function indexById(list: readonly { id: string }[], id: string): number {
  if (typeof id !== "string") return -1;
  const base = isDraft(list)
    ? (original(list as { id: string }[]) as readonly { id: string }[] | undefined)
    : list;
  if (base) {
    const i = recordIndex(base).positionOf(id);
    if (i >= 0 && base === list) return i;
    if (i >= 0 && (peek(list, i) as { id?: unknown } | undefined)?.id === id) return i;
    if (i < 0 && base.length === list.length) return -1;
  }
  return list.findIndex((r) => r.id === id);
}

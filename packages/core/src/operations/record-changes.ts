import { current, type Draft, isDraft, original } from "immer";
import type * as z from "zod/mini";
import type { JourneyMap } from "../records/journey-map.js";

/** Every id in the document, for uniqueness checks when records are added. */
export function documentIds(draft: Draft<JourneyMap>): Set<string> {
  // The base document, so reading 10,000 ids does not create 10,000 drafts.
  const map = (isDraft(draft) ? original(draft) : draft) as JourneyMap;
  const ids = new Set<string>([map.id]);
  for (const list of [
    map.personas,
    map.stages,
    map.lanes,
    map.touchpoints,
    map.cards,
    map.emotions,
    map.momentsOfTruth,
    map.metrics,
  ]) {
    for (const record of list) ids.add(record.id);
  }
  return ids;
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
  const next: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const [key, value] of Object.entries(changes)) {
    if (key === "id") continue;
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  if (!schema.safeParse(next).success) return false;
  const target = record as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes)) {
    if (key === "id") continue;
    if (value === undefined) delete target[key];
    else if (target[key] !== value) target[key] = value;
  }
  return true;
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
 * passes: the base list is searched, and the hit is checked on the draft (falling back to a scan
 * when the list was already reordered in this edit).
 */
export function indexById(list: readonly { id: string }[], id: string): number {
  const base = isDraft(list)
    ? (original(list as { id: string }[]) as readonly { id: string }[] | undefined)
    : list;
  if (base) {
    const i = base.findIndex((r) => r.id === id);
    if (i >= 0 && base === list) return i;
    if (i >= 0 && (list as { id: string }[])[i]?.id === id) return i;
    if (i < 0 && base.length === list.length) return -1;
  }
  return list.findIndex((r) => r.id === id);
}

import type { RecordCollection } from "@journeykit/core";

/** One record as a Y.Doc holds it: its fields, unchecked (a modified client may have written anything). */
export type DocRecord = Readonly<Record<string, unknown>>;

/**
 * A map as a Y.Doc holds it after a merge, before repair: the map's own fields and one list of records
 * per collection, none of it checked yet. A `JourneyMap` is one too (so an editor's map and a merged one
 * are compared and written alike); `recordsOf` reads its lists.
 */
export type MergedMap = { readonly [field: string]: unknown };

const NO_RECORDS: readonly DocRecord[] = [];

/**
 * Whether a value of a merged map is a list of records (its records are still unchecked).
 *
 * @example
 * isRecordList(reader.read()?.cards); // true
 */
export function isRecordList(value: unknown): value is readonly DocRecord[] {
  return Array.isArray(value);
}

/**
 * The records of one collection of a merged map (none when the map holds no list there).
 *
 * @example
 * recordsOf(reader.read()!, "cards").length; // 42
 */
export function recordsOf(map: MergedMap, collection: RecordCollection): readonly DocRecord[] {
  const list = map[collection];
  return isRecordList(list) ? list : NO_RECORDS;
}

/** A JSON object (not null, not an array): what a record, the map and every `meta` are. */
export type PlainObject = Record<string, unknown>;

/** Whether a value is a JSON object (not null, not an array). */
export function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

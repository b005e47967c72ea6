import type { JourneyMap } from "@journeykit/core";

/**
 * The collections (`cards`, `stages`, ...) whose records are not the same ids in the same order in
 * `after` as in `before`. History patches address records by position, so a step touching one of
 * these would land on another record.
 */
export function reorderedCollections(before: JourneyMap, after: JourneyMap): Set<string> {
  const changed = new Set<string>();
  const lists = (map: JourneyMap) => map as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(lists(before))) {
    const next = lists(after)[key];
    if (!Array.isArray(value) || value === next) continue;
    if (!Array.isArray(next) || next.length !== value.length) {
      changed.add(key);
      continue;
    }
    const idOf = (item: unknown) =>
      typeof item === "object" && item !== null ? (item as { id?: unknown }).id : item;
    if (value.some((item, i) => idOf(item) !== idOf(next[i]))) changed.add(key);
  }
  for (const key of Object.keys(lists(after))) {
    if (Array.isArray(lists(after)[key]) && !(key in lists(before))) changed.add(key);
  }
  return changed;
}

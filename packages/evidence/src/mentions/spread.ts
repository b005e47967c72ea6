/**
 * At most `limit` entries of `list`, evenly spread over it (all of a shorter list): a sample that
 * keeps a month's or a file's order in view, and is the same on every run.
 *
 * @example
 * spread([1, 2, 3, 4, 5, 6], 3); // [1, 3, 5]
 */
export function spread<T>(list: readonly T[], limit: number): readonly T[] {
  if (list.length <= limit) return list;
  const step = list.length / limit;
  return Array.from({ length: limit }, (_, i) => list[Math.floor(i * step)]!);
}

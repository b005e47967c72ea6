/**
 * Column widths that share `total` as `shares` ask, each at least `least[i]` wide (the width of its
 * longest word, so no word is cut in two: "Wichtigkeit" in a narrow German column); the room comes
 * from the other columns in proportion to their shares. When the least widths together do not fit,
 * the shares as asked.
 *
 * @example
 * columnWidths([0.5, 0.5], [10, 70], 100); // [30, 70]
 */
export function columnWidths(shares: readonly number[], least: readonly number[], total: number): number[] {
  if (least.reduce((sum, w) => sum + w, 0) > total) return shares.map((share) => share * total);
  const fixed = new Set<number>();
  for (;;) {
    const room = total - [...fixed].reduce((sum, i) => sum + least[i]!, 0);
    const free = shares.reduce((sum, share, i) => (fixed.has(i) ? sum : sum + share), 0);
    const widths = shares.map((share, i) => (fixed.has(i) ? least[i]! : (share / free) * room));
    const narrow = widths.flatMap((w, i) => (!fixed.has(i) && w < least[i]! ? [i] : []));
    if (narrow.length === 0) return widths;
    for (const i of narrow) fixed.add(i);
  }
}

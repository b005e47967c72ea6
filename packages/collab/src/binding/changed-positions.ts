import type { JourneyMap } from "@journeykit/core";
import type { DocChanges } from "../doc/doc-reader.js";

type Lists = Record<string, readonly { id?: unknown }[] | undefined>;

/** Two maps: the one before a change and the one after it. */
interface Pair {
  before: JourneyMap | undefined;
  after: JourneyMap;
}

/**
 * For `mapPatches`: where the records a read changed sit in a collection's list, when the list shown
 * before and the one shown after are the reader's own lists of the previous read and of this one (no
 * repair in between made them differ from the doc) and every changed record sits at the same position
 * in both (fields edited; nothing added, removed or moved). The lists then differ only there. Undefined
 * for any other collection, which is compared whole.
 *
 * @example
 * mapPatches(shown, next, changedPositions({ before: shown, after: next }, { before: lastRead, after: read }, changes, reader.indexOf));
 */
export function changedPositions(
  shown: Pair,
  read: Pair,
  changes: DocChanges,
  indexOf: (collection: string, id: string) => number,
): (collection: string) => number[] | undefined {
  const shownBefore = shown.before as unknown as Lists | undefined;
  const shownAfter = shown.after as unknown as Lists;
  const readBefore = read.before as unknown as Lists | undefined;
  const readAfter = read.after as unknown as Lists;
  return (collection) => {
    const ids = changes.records.get(collection);
    const before = shownBefore?.[collection];
    const after = shownAfter[collection];
    if (ids === undefined || ids === "all" || !before || !after) return undefined;
    if (before !== readBefore?.[collection] || after !== readAfter[collection]) return undefined;
    if (before.length !== after.length) return undefined;
    const positions: number[] = [];
    for (const id of ids) {
      const at = indexOf(collection, id);
      if (at < 0 || before[at]?.id !== id || after[at]?.id !== id) return undefined;
      positions.push(at);
    }
    return positions;
  };
}

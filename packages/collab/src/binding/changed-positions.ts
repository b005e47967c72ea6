import type { RecordCollection } from "@journeykit/core";
import type { DocChanges } from "../doc/doc-reader.js";
import { isRecordList, type MergedMap } from "../doc/merged-map.js";

/** Two maps: the one before a change and the one after it (an editor's map, or the doc's as merged). */
interface Pair {
  before: MergedMap | undefined;
  after: MergedMap;
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
): (collection: RecordCollection) => number[] | undefined {
  return (collection) => {
    const ids = changes.records.get(collection);
    const before = shown.before?.[collection];
    const after = shown.after[collection];
    if (ids === undefined || ids === "all" || !isRecordList(before) || !isRecordList(after)) return undefined;
    if (before !== read.before?.[collection] || after !== read.after[collection]) return undefined;
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

import type { JourneyMap } from "@journeykit/core";
import type { DocChanges, DocReader } from "../doc/doc-reader.js";
import type { MergedMap } from "../doc/merged-map.js";
import { type EarlierRead, repairChanges } from "../doc/repair-changes.js";
import type { RepairDamage } from "../doc/repair-merged.js";

/** What one read of the doc gave: the valid map, and what it was made from. */
export interface MapRead {
  /** The doc's map, repaired: what the editor is shown. */
  map: JourneyMap;
  /** What changed in the doc since the previous read. */
  changes: DocChanges;
  /** The doc's map as merged (before repair). */
  merged: MergedMap;
  /** The previous read's merged map (undefined when that read failed). */
  before: MergedMap | undefined;
}

/** The map the editor is shown, and the reads of the doc it is made from. */
export interface ShownMap {
  /** The map the editor was last given (or gave): always valid; undefined while the doc is empty. */
  current(): JourneyMap | undefined;
  /** The editor is shown `map` now. */
  show(map: JourneyMap): void;
  /** Read the doc's changes and repair them into a valid map; undefined when it cannot be read yet. */
  read(): MapRead | undefined;
  /** The editor's own edit `next` is what the doc holds now (just written): shown as it is. */
  adopt(next: JourneyMap, collections: Iterable<string>): void;
  /**
   * Whether the map shown is the doc's as it is, nothing repaired: then an edit of it is, once written,
   * exactly what the doc holds (else the doc is read again after the edit).
   */
  isClean(): boolean;
}

/**
 * The map shown from a doc reader: each read repairs only what changed since the previous one
 * (`repairChanges`), unless the previous read failed, when the whole map is repaired (`repairMerged`).
 *
 * @example
 * const shown = createShownMap(createDocReader(doc));
 * const result = shown.read();
 * if (result) shown.show(result.map);
 */
export function createShownMap(reader: DocReader): ShownMap {
  let current: JourneyMap | undefined;
  /** Set when a read failed: the changes it took are checked again, as a whole, by the next read. */
  let wholeRepair = true;
  /**
   * The reader's map as of the last changes taken (before repair), or the editor's map it adopted:
   * what `current` was made from. Undefined when a read failed (its changes are lost to the next one).
   */
  let lastRead: MergedMap | undefined;
  /** What the last whole repair left different from the doc. */
  let damage: RepairDamage = new Map();
  const earlierRead = (before: MergedMap | undefined): EarlierRead | undefined =>
    wholeRepair || !current || !before
      ? undefined
      : { shown: current, merged: before, damage, record: reader.record };
  const read = (): MapRead | undefined => {
    const merged = reader.read();
    const changes = reader.takeChanges();
    const before = lastRead;
    lastRead = undefined;
    if (merged === undefined) return undefined;
    try {
      const repaired = repairChanges(merged, changes, earlierRead(before));
      damage = repaired.damage;
      wholeRepair = false;
      lastRead = merged;
      return { map: repaired.map, changes, merged, before };
    } catch {
      // An update that arrived before one it depends on (its deletions are applied, its insertions wait
      // in Yjs's pending queue) can leave a required top-level field missing for a moment: keep showing
      // the last valid map until the missing update arrives.
      wholeRepair = true;
      return undefined;
    }
  };
  current = read()?.map;
  return {
    current: () => current,
    show(map) {
      current = map;
    },
    read,
    isClean: () => damage.size === 0,
    adopt(next, collections) {
      reader.adopt(next, collections);
      current = next;
      lastRead = reader.read();
    },
  };
}

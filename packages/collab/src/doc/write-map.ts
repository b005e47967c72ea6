import type { JourneyMap } from "@journeykit/core";
import type * as Y from "yjs";
import { FIELDS_NAME } from "./doc-layout.js";
import { createDocReader } from "./doc-reader.js";
import { mapToDoc } from "./map-to-doc.js";
import { writeMapChanges } from "./write-map-changes.js";

/**
 * Make a Y.Doc hold `map` (a restore from a backup, a PUT of the `.journey.json`), writing only what
 * differs: records and fields that are the same stay untouched, so connected participants see just the
 * change and their undo history stays meaningful. One transaction with `origin`.
 *
 * @example
 * writeMap(doc, parseJourneyMap(text).map);
 */
export function writeMap(doc: Y.Doc, map: JourneyMap, origin: unknown = null): void {
  if (doc.getMap(FIELDS_NAME).size === 0) {
    mapToDoc(map, doc, origin);
    return;
  }
  const reader = createDocReader(doc);
  const current = reader.read();
  if (current) writeMapChanges(doc, reader, current, map, origin);
  reader.destroy();
}

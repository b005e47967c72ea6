import type { Issue } from "../parse/issue.js";
import type { Doc, Migration } from "./migration.js";

/*
 * Version 2 adds evidence: `sources` (where data came from) and `quotes` (verbatim feedback on the
 * journey), both empty after migrating, plus optional fields (`Metric.sourceId`, `marginOfError`,
 * `series`, `EmotionPoint.evidence`) that a version-1 document never has. Nothing else changes meaning.
 *
 * A version-1 file that already holds a top-level `sources` or `quotes` field (a host's own data, kept
 * as an unknown field by version 1) does not have the version-2 shape: the value moves to
 * `meta.fromV1` with a warning, so it is neither lost nor mistaken for evidence.
 */

/** Where the map keeps what version 2 took the name of. */
const KEPT = "fromV1";

const isObject = (value: unknown): value is Doc =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export const evidenceCollections: Migration = {
  id: "0002-evidence-collections",
  from: 1,
  up(doc) {
    const warnings: Issue[] = [];
    const kept: Doc = {};
    for (const key of ["sources", "quotes"]) {
      if (Object.hasOwn(doc, key)) kept[key] = doc[key];
    }
    const { sources: _sources, quotes: _quotes, ...rest } = doc;
    const migrated: Doc = { ...rest, version: 2, sources: [], quotes: [] };
    const keys = Object.keys(kept);
    if (keys.length > 0) {
      if (doc.meta !== undefined && !isObject(doc.meta)) {
        return {
          ok: false,
          errors: [{ path: "meta", message: `expected an object to keep ${keys.join(", ")} in` }],
        };
      }
      const meta: Doc = isObject(doc.meta) ? doc.meta : {};
      const before = isObject(meta[KEPT]) ? meta[KEPT] : {};
      migrated.meta = { ...meta, [KEPT]: { ...before, ...kept } };
      warnings.push({
        path: keys[0] ?? "",
        message: `kept in meta.${KEPT} (version 2 uses the name for evidence): ${keys.join(", ")}`,
      });
    }
    // Paths are unchanged by this step: no origins to map them back through.
    return { ok: true, doc: migrated, warnings };
  },
};

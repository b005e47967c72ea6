import type { Issue } from "../parse/issue.js";
import type { Doc, Migration } from "./migration.js";

/*
 * Version 3 lets a `Source` keep how its rows were read: `mapping` (column roles, scales, ties of
 * columns to stages and touchpoints) and `rules` (the words that place a row on a stage or
 * touchpoint), both optional, so the next import of the same kind of file reuses them. `Source.kind`
 * gains "social". A version-2 document has neither field: nothing changes meaning.
 *
 * A version-2 source that already holds a `mapping` or `rules` field (a host's own data, kept as an
 * unknown field by version 2) does not have the version-3 shape: the value moves to the source's
 * `meta.fromV2` with a warning, so it is neither lost nor mistaken for a placement to reuse.
 */

/** Where a source keeps what version 3 took the name of. */
const KEPT = "fromV2";
const TAKEN = ["mapping", "rules"] as const;

const isObject = (value: unknown): value is Doc =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export const sourcePlacement: Migration = {
  id: "0003-source-placement",
  from: 2,
  up(doc) {
    const warnings: Issue[] = [];
    const errors: Issue[] = [];
    const sources = Array.isArray(doc.sources)
      ? doc.sources.map((source: unknown, i) => {
          if (!isObject(source)) return source;
          const keys = TAKEN.filter((key) => Object.hasOwn(source, key));
          if (keys.length === 0) return source;
          if (source.meta !== undefined && !isObject(source.meta)) {
            errors.push({
              path: `sources[${i}].meta`,
              message: `expected an object to keep ${keys.join(", ")} in`,
            });
            return source;
          }
          const { mapping: _mapping, rules: _rules, ...rest } = source;
          const meta: Doc = isObject(source.meta) ? source.meta : {};
          const before = isObject(meta[KEPT]) ? meta[KEPT] : {};
          const kept: Doc = {};
          for (const key of keys) kept[key] = source[key];
          warnings.push({
            path: `sources[${i}].${keys[0]}`,
            message: `kept in sources[${i}].meta.${KEPT} (version 3 uses the name for the import's placement): ${keys.join(", ")}`,
          });
          return { ...rest, meta: { ...meta, [KEPT]: { ...before, ...kept } } };
        })
      : doc.sources;
    if (errors.length > 0) return { ok: false, errors };
    // Paths are unchanged by this step: no origins to map them back through.
    return { ok: true, doc: { ...doc, version: 3, sources }, warnings };
  },
};

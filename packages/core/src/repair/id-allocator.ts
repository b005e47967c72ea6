import { LIMITS } from "../limits.js";
import { RECORD_COLLECTION_NAMES } from "../records/record-collections.js";
import { idSchema } from "../schema-primitives.js";
import { isPlainObject, type PlainObject } from "./plain-object.js";

/** Gives ids unused anywhere in one document, deterministically (the same document, the same ids). */
export interface IdAllocator {
  /**
   * `preferred` when it is a valid id nobody uses, else the first of `base-2`, `base-3`, … (`base-1`
   * first when `base` is not itself an id someone has) that nobody uses.
   */
  take(base: string, preferred?: unknown): string;
}

/**
 * An allocator over every id the document uses now (the map's own and every record's).
 *
 * @example
 * idAllocator(doc).take("c1"); // "c1-2" when "c1" is taken (and "c1-2" is not)
 */
export function idAllocator(doc: PlainObject): IdAllocator {
  const taken = new Set<string>();
  if (typeof doc.id === "string") taken.add(doc.id);
  for (const name of RECORD_COLLECTION_NAMES) {
    const records = doc[name];
    if (!Array.isArray(records)) continue;
    for (const record of records)
      if (isPlainObject(record) && typeof record.id === "string") taken.add(record.id);
  }
  const claim = (id: string) => {
    taken.add(id);
    return id;
  };
  return {
    take(base, preferred) {
      if (idSchema.safeParse(preferred).success && !taken.has(preferred as string))
        return claim(preferred as string);
      const stem = base.slice(0, LIMITS.maxIdLength - 8) || "id";
      for (let n = taken.has(stem) ? 2 : 1; ; n++) {
        const id = `${stem}-${n}`;
        if (!taken.has(id)) return claim(id);
      }
    },
  };
}

import { isPlainObject, type PlainObject } from "./plain-object.js";

/**
 * The key of a record's (or the map's) `meta` where a repair keeps the values it replaced, cut or
 * cleared, by field: `meta["journeykit.repaired"] = { text: "the whole 30,000 characters…" }`.
 */
export const REPAIRED_KEY = "journeykit.repaired";

/**
 * Keep `value`, once the field `field` of `owner`, in `owner.meta["journeykit.repaired"][field]`, so a
 * repair loses nothing. A second value for the same field goes under `field (2)`, and so on. A `meta`
 * that is not an object (or a kept-values entry that is not one) is itself kept, under its own name.
 *
 * @example
 * const card = { id: "c1", text: "short" };
 * keepInMeta(card, "text", longText); // card.meta = { "journeykit.repaired": { text: longText } }
 */
export function keepInMeta(owner: PlainObject, field: string, value: unknown): void {
  const meta = ownMeta(owner);
  const found = meta[REPAIRED_KEY];
  const kept: PlainObject = isPlainObject(found)
    ? found
    : found === undefined
      ? {}
      : { [REPAIRED_KEY]: found };
  meta[REPAIRED_KEY] = kept;
  let key = field;
  for (let n = 2; Object.hasOwn(kept, key); n++) key = `${field} (${n})`;
  kept[key] = value;
}

/**
 * `owner.meta` as an object the repair may write to: made when absent; one that is not an object is
 * kept in the new one's `["journeykit.repaired"].meta`.
 *
 * @example
 * ownMeta({ id: "c1", meta: "x" }); // { "journeykit.repaired": { meta: "x" } }, now the record's meta
 */
export function ownMeta(owner: PlainObject): PlainObject {
  if (isPlainObject(owner.meta)) return owner.meta;
  const meta: PlainObject = owner.meta === undefined ? {} : { [REPAIRED_KEY]: { meta: owner.meta } };
  owner.meta = meta;
  return meta;
}

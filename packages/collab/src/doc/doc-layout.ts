import { journeyMapSchema } from "@journeykit/core";

/**
 * The key, in each record's Y.Map only, holding its fractional-index position (never in the JSON map).
 *
 * @example
 * doc.getMap("stages").get(stage.id).get(ORDER_KEY); // "a1"
 */
export const ORDER_KEY = "order";

/**
 * The Y.Map holding the map's own fields (title, state, tags, ...): `doc.getMap("fields")`.
 *
 * @example
 * doc.getMap(FIELDS_NAME).get("title"); // "Checkout"
 */
export const FIELDS_NAME = "fields";

interface SchemaNode {
  _zod: { def: { type: string; element?: SchemaNode; shape?: Record<string, unknown> } };
}

/** Whether a top-level field of the document is a list of records with an `id` (a record collection). */
function isRecordList(schema: unknown): boolean {
  const def = (schema as SchemaNode)._zod.def;
  const element = def.type === "array" ? def.element?._zod.def : undefined;
  return element?.type === "object" && element.shape !== undefined && "id" in element.shape;
}

/**
 * The document's record collections, in document order, read from core's `journeyMapSchema`: every
 * top-level list of records with an `id`. New collections of a newer format come along with core.
 * In the Y.Doc each is `doc.getMap(name)`, keyed by record id.
 *
 * @example
 * recordCollections(); // ["personas", "stages", "lanes", "touchpoints", "cards", ...]
 */
export const recordCollections: () => readonly string[] = (() => {
  let names: readonly string[] | undefined;
  return () => {
    names ??= Object.entries(journeyMapSchema.shape)
      .filter(([, schema]) => isRecordList(schema))
      .map(([name]) => name);
    return names;
  };
})();

import { journeyMapSchema } from "@journeykit/core";

interface SchemaNode {
  _zod: {
    def: {
      type: string;
      innerType?: SchemaNode;
      element?: SchemaNode;
      shape?: Record<string, SchemaNode>;
      checks?: { _zod: { def: { check: string } } }[];
    };
  };
}

/**
 * Whether a field's schema is free text people type: a string whose only check is a length limit (a
 * card's text, a name, a description). Ids and references (a minimum length), colours (a pattern),
 * dates and enums are not.
 */
function isFreeText(schema: SchemaNode): boolean {
  let def = schema._zod.def;
  if (def.type === "optional" && def.innerType) def = def.innerType._zod.def;
  const checks = def.checks ?? [];
  return def.type === "string" && checks.length > 0 && checks.every((c) => c._zod.def.check === "max_length");
}

/**
 * The fields of a collection's records that the Y.Doc holds as a `Y.Text` (free text, read from core's
 * schema), so two people typing into the same field at once both keep what they typed. Every other
 * field is a plain value: the last writer wins.
 *
 * @example
 * textFields("cards"); // Set { "text" }
 * textFields("stages"); // Set { "name", "description" }
 */
export const textFields: (collection: string) => ReadonlySet<string> = (() => {
  const found = new Map<string, ReadonlySet<string>>();
  const none: ReadonlySet<string> = new Set();
  return (collection) => {
    let fields = found.get(collection);
    if (fields) return fields;
    const list = (journeyMapSchema.shape as unknown as Record<string, SchemaNode | undefined>)[collection];
    const shape = list?._zod.def.element?._zod.def.shape;
    fields = shape
      ? new Set(Object.entries(shape).flatMap(([field, schema]) => (isFreeText(schema) ? [field] : [])))
      : none;
    found.set(collection, fields);
    return fields;
  };
})();

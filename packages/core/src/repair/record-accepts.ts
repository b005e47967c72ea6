import type * as z from "zod/mini";
import type { Accepts } from "./nearest-value.js";
import type { PlainObject } from "./plain-object.js";

/**
 * Whether a record's schema takes a value for one field, with the record's other fields as they are
 * now: checks across fields count (a CES metric's value must be 1..7), problems of other fields do not.
 *
 * @example
 * recordAccepts(emotionPointSchema, point, "score")(99); // false
 */
export function recordAccepts(schema: z.ZodMiniType, record: PlainObject, field: string): Accepts {
  return (value) => {
    const candidate = { ...record };
    if (value === undefined) delete candidate[field];
    else candidate[field] = value;
    const result = schema.safeParse(candidate);
    return result.success || !result.error.issues.some((issue) => issue.path[0] === field);
  };
}

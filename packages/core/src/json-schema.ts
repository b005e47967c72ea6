import * as z from "zod/mini";
import { journeyMapSchema } from "./records/journey-map.js";

/**
 * The JSON Schema (draft 2020-12) of the `journeykit/map` format, generated from the same zod schema
 * as the validator. Structure and ranges only: referential integrity needs `validateJourneyMap`.
 * Also shipped as `@journeykit/core/schema.json`.
 *
 * @example
 * import Ajv2020 from "ajv/dist/2020";
 * new Ajv2020().validate(journeyMapJsonSchema, doc);
 */
export const journeyMapJsonSchema: Record<string, unknown> = /* @__PURE__ */ generateJsonSchema();

// A pure call: a host that never imports the JSON Schema does not ship zod's JSON Schema generator.
function generateJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(journeyMapSchema, { target: "draft-2020-12", unrepresentable: "any" }),
    $id: "https://journeykit.dev/schema/journey-map-v3.json",
    title: "journeykit journey map, version 3",
  };
}

import type { Plugin } from "vite";
import { libraryConfig } from "../../vite.lib.ts";
import { journeyMapJsonSchema } from "./src/json-schema.ts";

/** Ships the JSON Schema of the format as `dist/journey-map.schema.json` (`@journeykit/core/schema.json`). */
const jsonSchemaFile: Plugin = {
  name: "journeykit-json-schema",
  generateBundle() {
    this.emitFile({
      type: "asset",
      fileName: "journey-map.schema.json",
      source: `${JSON.stringify(journeyMapJsonSchema, null, 2)}\n`,
    });
  },
};

export default libraryConfig({ index: "src/index.ts" }, { plugins: [jsonSchemaFile] });

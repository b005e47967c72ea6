import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { restaurantSampleText } from "../test/fixtures/restaurant-sample.js";
import { journeyMapJsonSchema } from "./json-schema.js";
import { migrateJourneyMap } from "./migrations/migrate-journey-map.js";
import { createJourneyMap } from "./records/journey-map.js";
import { templates } from "./templates/index.js";

const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addFormat("date-time", { validate: (s: string) => !Number.isNaN(Date.parse(s)) });
const validate = ajv.compile(journeyMapJsonSchema);
const migrated = migrateJourneyMap(JSON.parse(restaurantSampleText));
const sample = migrated.ok ? migrated.doc : undefined;

describe("journeyMapJsonSchema", () => {
  it("is draft 2020-12", () => {
    expect(journeyMapJsonSchema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("accepts the restaurant sample (migrated to the current version), a new map and every template", () => {
    for (const doc of [sample, createJourneyMap(), ...templates.map((t) => t.create())]) {
      expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 2))).toBe(true);
    }
  });

  it("refuses a broken document with the path of the problem", () => {
    const broken = {
      ...createJourneyMap(),
      state: "someday",
      emotions: [{ id: "e", personaId: "p", stageId: "s", score: 7 }],
    };
    expect(validate(broken)).toBe(false);
    const paths = validate.errors!.map((e) => e.instancePath);
    expect(paths).toContain("/state");
    expect(paths).toContain("/emotions/0/score");
  });
});

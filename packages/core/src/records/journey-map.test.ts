import { describe, expect, it } from "vitest";
import { restaurantSampleText } from "../../test/fixtures/restaurant-sample.js";
import { migrateJourneyMap } from "../migrations/migrate-journey-map.js";
import { createJourneyMap, journeyMapSchema } from "./journey-map.js";

describe("journeyMapSchema", () => {
  it("accepts a new map", () => {
    expect(journeyMapSchema.safeParse(createJourneyMap()).success).toBe(true);
  });

  it("accepts the restaurant sample migrated to the current version", () => {
    const migrated = migrateJourneyMap(JSON.parse(restaurantSampleText));
    const sample = migrated.ok ? migrated.doc : undefined;
    const result = journeyMapSchema.safeParse(sample);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it("refuses an emotion score outside -3..3", () => {
    const map = createJourneyMap();
    const persona = map.personas[0]!;
    const stage = map.stages[0]!;
    map.emotions.push({ id: "e1", personaId: persona.id, stageId: stage.id, score: 4 });
    const result = journeyMapSchema.safeParse(map);
    expect(result.error?.issues[0]?.path).toEqual(["emotions", 0, "score"]);
  });

  it("refuses a CSAT above 100 with the range in the message", () => {
    const map = createJourneyMap();
    map.metrics.push({ id: "m1", kind: "CSAT", value: 140 });
    const result = journeyMapSchema.safeParse(map);
    expect(result.error?.issues[0]?.message).toBe("CSAT value must be between 0 and 100");
  });
});

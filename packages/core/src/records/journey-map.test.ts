import { describe, expect, it } from "vitest";
import { restaurantSampleText } from "../../test/fixtures/restaurant-sample.js";
import { coreDe } from "../i18n/core-messages/de.js";
import { coreEs } from "../i18n/core-messages/es.js";
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

describe("createJourneyMap in a language", () => {
  it("names the new map's title, persona, stages and lanes in the locale's language", () => {
    const map = createJourneyMap({ locale: "es" }, { messages: coreEs });
    expect(map.title).toBe("Recorrido sin título");
    expect(map.personas.map((p) => p.name)).toEqual(["Cliente"]);
    expect(map.stages.map((s) => s.name)).toEqual(["Descubrir", "Decidir", "Usar"]);
    expect(map.lanes.map((l) => l.title)).toContain("Puntos de contacto");
    expect(map.locale).toBe("es");
    expect(journeyMapSchema.safeParse(map).success).toBe(true);
  });

  it("keeps English without a language's words, and no locale field without one; a title given wins", () => {
    const map = createJourneyMap();
    expect(map.title).toBe("Untitled journey");
    expect(map.stages.map((s) => s.name)).toEqual(["Discover", "Decide", "Use"]);
    expect("locale" in map).toBe(false);
    expect(createJourneyMap({ locale: "de", title: "Checkout" }, { messages: coreDe }).title).toBe(
      "Checkout",
    );
    expect(createJourneyMap({ locale: "de" }, { messages: coreDe }).lanes.map((l) => l.title)[0]).toBe(
      "Handlungen",
    );
    expect(createJourneyMap({ locale: "de" }).lanes.map((l) => l.title)[0]).toBe("Actions");
  });
});

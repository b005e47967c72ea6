import { describe, expect, it } from "vitest";
import { compareMaps } from "../analytics/compare-maps.js";
import { validateJourneyMap } from "../parse/validate-journey-map.js";
import { getTemplate, templates } from "./index.js";

describe("templates", () => {
  it("has the eight scenarios and a future-state pair", () => {
    expect(templates.map((t) => t.id)).toEqual([
      "restaurant-complaint-recovery",
      "coffee-shop-mobile-ordering",
      "online-store-checkout",
      "online-store-checkout-future",
      "gym-onboarding",
      "saas-trial",
      "travel-booking",
      "employee-onboarding",
      "hotel-check-in-blueprint",
    ]);
  });

  for (const template of templates) {
    describe(template.id, () => {
      const map = template.create();
      it("is a valid map without warnings", () => {
        const result = validateJourneyMap(map);
        expect(result.ok ? result.warnings : result.errors).toEqual([]);
      });
      it("is complete: personas, an emotion for every persona and stage, moments and metrics", () => {
        expect(map.personas.length).toBeGreaterThan(0);
        for (const persona of map.personas) {
          for (const stage of map.stages) {
            expect(
              map.emotions.some((e) => e.personaId === persona.id && e.stageId === stage.id),
              `${persona.name} @ ${stage.name}`,
            ).toBe(true);
          }
        }
        expect(map.momentsOfTruth.length).toBeGreaterThan(0);
        expect(map.metrics.length).toBeGreaterThan(0);
        expect(map.cards.some((c) => c.severity !== undefined)).toBe(true);
      });
      it("is stable between calls", () => {
        expect(template.create()).toEqual(map);
      });
    });
  }

  it("the blueprint has evidence, frontstage, backstage and support lanes", () => {
    const kinds = getTemplate("hotel-check-in-blueprint")!
      .create()
      .lanes.map((l) => l.kind);
    expect(kinds).toEqual(expect.arrayContaining(["evidence", "frontstage", "backstage", "support"]));
  });

  it("the checkout pair compares stage by stage", () => {
    const diff = compareMaps(
      getTemplate("online-store-checkout")!.create(),
      getTemplate("online-store-checkout-future")!.create(),
    );
    expect(diff.stages.map((s) => s.name)).toEqual([
      "Review cart",
      "Sign in or guest",
      "Delivery details",
      "Pay",
      "Confirmation",
    ]);
    expect(diff.meanEmotionDelta).toBeGreaterThan(1);
    expect(diff.painPointsRemoved).toBeGreaterThanOrEqual(5);
  });
});

// The map the evidence tests import into: a restaurant visit with five stages, touchpoints and two
// personas, and the emotion curve a workshop drew (the food is assumed to delight).

import { readFileSync } from "node:fs";
import { createJourneyMap, type JourneyMap } from "@journeykit/core";

export function bistroMap(locale = "en"): JourneyMap {
  const map = createJourneyMap({
    id: "bistro",
    title: "Bistro Nova visit",
    now: new Date("2026-01-01T00:00:00Z"),
    locale,
  });
  return {
    ...map,
    personas: [
      { ...map.personas[0]!, id: "regular", name: "Regular" },
      { ...map.personas[0]!, id: "tourist", name: "Tourist", color: "#eb5757" },
    ],
    stages: [
      { id: "book", name: "Book" },
      { id: "order", name: "Order" },
      { id: "eat", name: "Eat" },
      { id: "pay", name: "Pay" },
    ],
    touchpoints: [
      { id: "app", stageId: "book", name: "Booking app", channel: "mobile-app" },
      { id: "terminal", stageId: "pay", name: "Card terminal", channel: "in-store" },
    ],
    emotions: [
      { id: "e-book", personaId: "regular", stageId: "book", score: 1 },
      { id: "e-order", personaId: "regular", stageId: "order", score: 1 },
      { id: "e-eat", personaId: "regular", stageId: "eat", score: 2 },
      { id: "e-pay", personaId: "regular", stageId: "pay", score: 1 },
    ],
  };
}

/** A fixture file's bytes. */
export const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

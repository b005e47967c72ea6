// A dental practice's journey, the map of the placement tests: the business word ("dentist") sits in
// two stage names, and "Pay & follow-up" is about bills and invoices its name never says.

import { createJourneyMap, type JourneyMap } from "@journeykit/core";

export function dentalMap(locale = "en"): JourneyMap {
  const map = createJourneyMap({
    id: "dental",
    title: "Dental visit",
    now: new Date("2026-01-01T00:00:00Z"),
    locale,
  });
  return {
    ...map,
    personas: [{ ...map.personas[0]!, id: "patient", name: "Patient" }],
    stages: [
      { id: "find", name: "Find a dentist" },
      { id: "book", name: "Book an appointment" },
      { id: "wait", name: "Arrive & wait" },
      { id: "treat", name: "Treatment with the dentist" },
      { id: "pay", name: "Pay & follow-up" },
    ],
    touchpoints: [{ id: "invoice", stageId: "pay", name: "Invoice by e-mail", channel: "email" }],
    emotions: [],
  };
}

import { defineTemplate } from "./template-builder.js";

/** A family books a summer holiday: flights, hotel, and the change nobody wants. */
export const travelBooking = defineTemplate({
  id: "travel-booking",
  title: "Travel: booking a family holiday",
  description: "A parent plans, books and changes a package holiday for a family of four.",
  industry: "Travel",
  personas: [
    {
      key: "nadia",
      name: "Nadia",
      role: "Parent planning for four",
      color: "#9b51e0",
      quote: "I need to see the real price with two kids and luggage.",
      demographics: { Age: "39", Household: "2 adults, 2 children", Budget: "£3,500" },
      psychographics: ["Planner", "Reads reviews carefully"],
      needs: ["Total price for the family", "Flexible dates", "Easy changes"],
      motivations: ["A stress-free week together"],
      goals: ["Book before prices rise"],
      frustrations: ["Prices that change at checkout", "Call centre queues"],
      empathyMap: {
        thinks: ["Are we overpaying?"],
        feels: ["Excited", "Worried about getting it wrong"],
        says: ["Does that include luggage?"],
        does: ["Keeps a spreadsheet of options"],
      },
    },
  ],
  stages: [
    {
      key: "inspire",
      name: "Get inspired",
      touchpoints: [
        ["Social ads", "social"],
        ["Friends' recommendations", "word-of-mouth"],
      ],
      emotions: { nadia: [2, "excited"] },
      actions: ["Saves posts about Crete", "Asks friends"],
      moments: [{ title: "Friend's holiday photos", kind: "ZMOT", importance: 3, outcome: "delight" }],
    },
    {
      key: "search",
      name: "Search and compare",
      touchpoints: [
        ["Search results", "web"],
        ["Comparison site", "web"],
      ],
      emotions: { nadia: [-1, "overwhelmed"] },
      actions: ["Compares 14 packages", "Checks family rooms"],
      pains: [["Prices shown per adult, not per family", 4, 6, "observed"]],
      opportunities: [["Family total on every result", 5, 2, 8]],
      metrics: [{ kind: "conversion", value: 3.1, target: 4, label: "Search → booking" }],
    },
    {
      key: "book",
      name: "Book and pay",
      touchpoints: [
        ["Booking flow", "web"],
        ["Confirmation", "email"],
      ],
      emotions: { nadia: [-2, "tense"] },
      actions: ["Adds luggage and transfers", "Pays the deposit"],
      pains: [
        ["Luggage fees added at the final step", 5, 9, "measured"],
        ["Session times out during passport entry", 3, 3],
      ],
      opportunities: [["All-in price from the first page", 5, 3, 9]],
      moments: [{ title: "The final price", kind: "FMOT", importance: 5, outcome: "fail" }],
      metrics: [{ kind: "CES", value: 4.1, target: 5.5 }],
    },
    {
      key: "change",
      name: "Change dates",
      touchpoints: [
        ["Call centre", "phone"],
        ["Manage booking", "web"],
      ],
      emotions: { nadia: [-3, "exasperated"] },
      actions: ["School changes term dates", "Calls after the website fails"],
      pains: [["Date change only by phone, 50-minute wait", 5, 10, "measured"]],
      opportunities: [["Self-serve date change with fare difference shown", 5, 4, 10]],
      moments: [{ title: "Changing the booking", kind: "SMOT", importance: 5, outcome: "fail" }],
      metrics: [{ kind: "CSAT", value: 41, target: 75, label: "Change handling", sampleSize: 520 }],
    },
    {
      key: "travel",
      name: "Travel and return",
      touchpoints: [
        ["App with documents", "mobile-app"],
        ["Rep at the hotel", "in-store"],
      ],
      emotions: { nadia: [3, "happy"] },
      actions: ["Boards with mobile boarding passes", "Enjoys the week"],
      metrics: [{ kind: "NPS", value: 24, target: 40 }],
      moments: [
        { title: "Shares the holiday with friends", kind: "UMOT", importance: 3, outcome: "delight" },
      ],
    },
  ],
});

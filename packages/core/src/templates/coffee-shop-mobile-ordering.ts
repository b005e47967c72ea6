import { defineTemplate } from "./template-builder.js";

/** A commuter orders coffee ahead in an app and picks it up on the way to the train. */
export const coffeeShopMobileOrdering = defineTemplate({
  id: "coffee-shop-mobile-ordering",
  title: "Coffee shop: order ahead on the way to work",
  description: "A weekday commuter orders in the app, walks to the shop and collects at the pickup shelf.",
  industry: "Food & beverage",
  tags: ["mobile", "retail", "loyalty"],
  personas: [
    {
      key: "maya",
      name: "Maya",
      role: "Commuting product designer",
      color: "#2f80ed",
      quote: "If my latte isn't on the shelf when I walk in, I'll miss the 8:12.",
      demographics: { Age: "31", City: "Leeds", Visits: "4 times a week" },
      psychographics: ["Routine-driven", "Values time over price"],
      needs: ["Order in under 30 seconds", "Know exactly when the drink is ready"],
      motivations: ["Start the day calm", "Collect loyalty stars"],
      goals: ["Coffee in hand before the train"],
      frustrations: ["Drinks not ready at the promised time", "Names misspelled on cups"],
      empathyMap: {
        thinks: ["Will it be ready?", "Is the queue for pickup or for ordering?"],
        feels: ["Rushed", "Relieved when the cup is waiting"],
        says: ["Just my usual, please", "Is this one mine?"],
        does: ["Orders on the platform stairs", "Checks the app twice while walking"],
      },
    },
  ],
  stages: [
    {
      key: "decide",
      name: "Decide",
      touchpoints: [["Push notification", "mobile-app"]],
      emotions: { maya: [1, "hopeful"] },
      actions: ["Sees the 'your usual?' reminder at 7:40"],
      thoughts: ["Do I have time today?"],
      opportunities: [["Time the reminder to her usual departure", 3, 2]],
      metrics: [
        {
          kind: "conversion",
          value: 38,
          target: 45,
          label: "Reminder → order",
          sampleSize: 12400,
          source: "App analytics",
        },
      ],
    },
    {
      key: "order",
      name: "Order in the app",
      touchpoints: [["Order app", "mobile-app"]],
      emotions: { maya: [2, "in control"] },
      actions: ["Reorders her oat latte in two taps", "Pays with the saved card"],
      thoughts: ["That was quick"],
      pains: [["Pickup time shown as a range (8-15 min)", 3, 4]],
      opportunities: [["Show a single, confident ready time", 4, 3, 6]],
      moments: [{ title: "Promised ready time", kind: "FMOT", importance: 4, outcome: "neutral" }],
    },
    {
      key: "travel",
      name: "Walk to the shop",
      touchpoints: [["Order status", "mobile-app"]],
      emotions: { maya: [0, "watchful"] },
      actions: ["Checks the status while walking"],
      thoughts: ["Still 'preparing'… is it stuck?"],
      pains: [["Status does not change for six minutes", 3, 2]],
      opportunities: [["Live status from the barista's screen", 3, 4]],
    },
    {
      key: "collect",
      name: "Collect",
      touchpoints: [
        ["Pickup shelf", "in-store"],
        ["Barista", "in-store"],
      ],
      emotions: { maya: [-2, "anxious"] },
      actions: ["Looks for her name among twelve cups", "Asks the barista"],
      thoughts: ["Which one is mine?", "I'm going to miss the train"],
      pains: [
        ["Pickup shelf shared with delivery drivers", 4, 7, "observed"],
        ["Drink not ready although the app said 'ready'", 5, 9, "measured"],
      ],
      opportunities: [
        ["Numbered pickup slots shown in the app", 4, 2, 8],
        ["Only mark 'ready' when the cup is on the shelf", 5, 3, 7],
      ],
      moments: [
        {
          title: "The cup is (not) on the shelf",
          kind: "SMOT",
          importance: 5,
          outcome: "fail",
          description: "Ready status sent before the drink is made",
        },
      ],
      metrics: [{ kind: "CSAT", value: 64, target: 80, sampleSize: 860, source: "In-app survey" }],
    },
    {
      key: "enjoy",
      name: "Enjoy and come back",
      touchpoints: [["Loyalty stars", "mobile-app"]],
      emotions: { maya: [2, "satisfied"] },
      actions: ["Drinks it on the train", "Sees stars added"],
      thoughts: ["Good coffee, stressful pickup"],
      metrics: [
        { kind: "NPS", value: 21, target: 35, sampleSize: 1210, source: "Quarterly relationship survey" },
      ],
      moments: [
        { title: "Tells a colleague about the app", kind: "UMOT", importance: 3, outcome: "neutral" },
      ],
    },
  ],
});

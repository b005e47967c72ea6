import { defineTemplate, type TemplateSpec } from "./template-builder.js";

const personas: TemplateSpec["personas"] = [
  {
    key: "daniel",
    name: "Daniel",
    role: "First-time buyer, gift shopping",
    color: "#9b51e0",
    quote: "I just want to know what I'll pay and when it arrives.",
    demographics: { Age: "44", Device: "Phone, evenings", Basket: "£60–£120" },
    psychographics: ["Cautious with new shops", "Compares before committing"],
    needs: ["Total price early", "Delivery date before paying", "Trustworthy payment"],
    motivations: ["Get the gift in time for the birthday"],
    goals: ["Checkout without creating an account"],
    frustrations: ["Surprise shipping fees", "Forced account creation"],
    empathyMap: {
      thinks: ["Is this shop legit?", "Why do they need my phone number?"],
      feels: ["Uneasy about the card payment", "Annoyed by the extra fees"],
      says: ["I'll check elsewhere first"],
      does: ["Opens the returns page", "Leaves the tab open for a day"],
    },
  },
  {
    key: "ana",
    name: "Ana",
    role: "Returning customer",
    color: "#27ae60",
    quote: "Remember me and let me pay with one tap.",
    demographics: { Age: "29", Device: "Phone", Orders: "6 a year" },
    needs: ["Saved address and card", "Express payment"],
    motivations: ["Speed"],
    goals: ["Reorder in a minute"],
    frustrations: ["Logging in again", "Re-typing the card"],
  },
];

/** Cart-to-confirmation checkout of an online store: where anxiety makes people abandon. */
export const onlineStoreCheckout = defineTemplate({
  id: "online-store-checkout",
  title: "Online store: checkout anxiety",
  description: "From cart to order confirmation on mobile web; where first-time buyers hesitate and abandon.",
  industry: "E-commerce",
  tags: ["checkout", "conversion"],
  personas,
  stages: [
    {
      key: "cart",
      name: "Review cart",
      touchpoints: [["Cart page", "web"]],
      emotions: { daniel: [1, "optimistic"], ana: [2, "confident"] },
      actions: ["Checks size and colour"],
      thoughts: ["What's the total with delivery?"],
      pains: [["Shipping cost only shown at the last step", 4, 8, "measured"]],
      opportunities: [["Delivery estimate and cost in the cart", 5, 2, 9]],
      metrics: [
        { kind: "conversion", value: 61, target: 70, label: "Cart → checkout", source: "Web analytics" },
      ],
    },
    {
      key: "account",
      name: "Sign in or guest",
      touchpoints: [["Account wall", "web"]],
      emotions: { daniel: [-2, "irritated"], ana: [-1, "impatient"] },
      actions: ["Looks for a guest option"],
      thoughts: ["Another password?"],
      pains: [
        ["Guest checkout hidden below the fold", 4, 6, "observed"],
        ["Password reset email takes minutes", 3, 2],
      ],
      opportunities: [["Guest checkout first, account after purchase", 4, 2, 7]],
      moments: [{ title: "Forced to create an account", kind: "FMOT", importance: 4, outcome: "fail" }],
    },
    {
      key: "delivery",
      name: "Delivery details",
      touchpoints: [["Address form", "web"]],
      emotions: { daniel: [-1, "unsure"], ana: [1, "fine"] },
      actions: ["Types the address", "Chooses a delivery option"],
      thoughts: ["Will it arrive by Saturday?"],
      pains: [["No delivery date, only '3–5 working days'", 4, 5]],
      opportunities: [["Show the exact delivery date per option", 4, 3]],
    },
    {
      key: "pay",
      name: "Pay",
      touchpoints: [
        ["Payment page", "web"],
        ["Bank 3-D Secure", "mobile-app"],
      ],
      emotions: { daniel: [-3, "anxious"], ana: [0, "neutral"] },
      actions: ["Enters card details", "Approves in the bank app"],
      thoughts: ["Is this page safe?", "Did the payment go through?"],
      pains: [
        ["Redirect to the bank looks like phishing", 5, 9, "observed"],
        ["Page freezes after approval, no feedback", 5, 7, "measured"],
      ],
      opportunities: [
        ["Wallet payments (Apple Pay / Google Pay)", 5, 3, 10],
        ["Explain the bank step before it happens", 3, 1],
      ],
      moments: [
        {
          title: "Trusting the payment step",
          kind: "FMOT",
          importance: 5,
          outcome: "fail",
          description: "Most abandonment happens here",
        },
      ],
      metrics: [
        { kind: "conversion", value: 48, target: 65, label: "Payment → confirmed", source: "Web analytics" },
        { kind: "CES", value: 3.9, target: 5.5, sampleSize: 420, source: "Post-purchase survey" },
      ],
    },
    {
      key: "confirm",
      name: "Confirmation",
      touchpoints: [
        ["Confirmation page", "web"],
        ["Order email", "email"],
      ],
      emotions: { daniel: [2, "relieved"], ana: [2, "pleased"] },
      actions: ["Reads the order number", "Gets the email"],
      thoughts: ["Done, and it arrives Friday"],
      opportunities: [["Offer to save details as an account now", 3, 1]],
      metrics: [{ kind: "CSAT", value: 78, target: 85, sampleSize: 1900, source: "Post-purchase survey" }],
    },
  ],
});

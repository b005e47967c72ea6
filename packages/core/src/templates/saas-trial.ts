import { defineTemplate } from "./template-builder.js";

/** A team lead evaluates a B2B analytics tool during a 14-day trial. */
export const saasTrial = defineTemplate({
  id: "saas-trial",
  title: "SaaS: 14-day trial to paid (B2B)",
  description:
    "A team lead evaluates a product-analytics tool, needs IT's sign-off and decides before the trial ends.",
  industry: "Software (B2B)",
  personas: [
    {
      key: "lena",
      name: "Lena",
      role: "Product team lead, evaluator",
      color: "#2f80ed",
      quote: "Show me our own data in the first hour or I'm out.",
      demographics: {
        Company: "Series B fintech, 180 people",
        Team: "8",
        Tools: "Amplitude trial, spreadsheets",
      },
      psychographics: ["Data-literate", "Time-poor"],
      needs: ["Connect real data fast", "Convince her manager", "Pass security review"],
      motivations: ["Answer retention questions without analysts"],
      goals: ["A dashboard the team uses weekly"],
      frustrations: ["Sales calls before seeing value", "Sample data that proves nothing"],
      empathyMap: {
        thinks: ["Is this better than what we have?"],
        feels: ["Pressed for time"],
        says: ["Can I try it with our events?"],
        does: ["Opens three trials in the same week"],
      },
    },
    {
      key: "it",
      name: "Marco",
      role: "IT security reviewer",
      color: "#f2994a",
      demographics: { Company: "Same fintech" },
      needs: ["SOC 2 report", "SSO", "Data residency answers"],
      motivations: ["No surprises in the audit"],
      goals: ["Approve or reject within a week"],
      frustrations: ["Vendors who hide documents behind sales"],
    },
  ],
  stages: [
    {
      key: "signup",
      name: "Sign up",
      touchpoints: [
        ["Pricing page", "web"],
        ["Sign-up form", "web"],
      ],
      emotions: { lena: [1, "curious"], it: [0] },
      actions: ["Starts the trial with a work email"],
      pains: [["Asked for phone number and company size", 2, 2]],
    },
    {
      key: "connect",
      name: "Connect data",
      touchpoints: [
        ["Setup wizard", "web"],
        ["Docs", "web"],
      ],
      emotions: { lena: [-2, "stuck"], it: [-1, "wary"] },
      actions: ["Tries the JavaScript snippet", "Asks engineering for help"],
      thoughts: ["This needs a developer"],
      pains: [
        ["Needs an engineer to install the SDK", 5, 8, "measured"],
        ["No import from existing warehouse", 4, 5],
      ],
      opportunities: [
        ["One-click warehouse connector", 5, 4, 9],
        ["Preload the trial with a realistic demo project", 3, 2],
      ],
      moments: [
        {
          title: "First chart with real data",
          kind: "FMOT",
          importance: 5,
          outcome: "fail",
          description: "Only 31% get here in 48 hours",
        },
      ],
      metrics: [{ kind: "conversion", value: 31, target: 55, label: "Data connected in 48 h" }],
    },
    {
      key: "value",
      name: "First insight",
      touchpoints: [["Retention report", "web"]],
      emotions: { lena: [3, "convinced"], it: [0] },
      actions: ["Finds the onboarding step losing 40% of users"],
      thoughts: ["This paid for itself"],
      moments: [{ title: "The 'aha' retention chart", kind: "SMOT", importance: 5, outcome: "delight" }],
    },
    {
      key: "review",
      name: "Security review",
      touchpoints: [
        ["Trust center", "web"],
        ["Sales engineer", "email"],
      ],
      emotions: { lena: [-1, "waiting"], it: [-2, "frustrated"] },
      actions: ["Marco requests the SOC 2 report", "Waits three days for NDA"],
      pains: [["SOC 2 report only via sales after NDA", 4, 6, "observed"]],
      opportunities: [["Self-serve trust center with instant NDA", 4, 2, 7]],
      metrics: [{ kind: "CES", value: 3.2, target: 5.5, label: "Ease of security review" }],
    },
    {
      key: "buy",
      name: "Decide and buy",
      touchpoints: [
        ["Checkout", "web"],
        ["Invoice", "email"],
      ],
      emotions: { lena: [2, "relieved"], it: [1, "satisfied"] },
      actions: ["Upgrades to the Team plan on day 13"],
      metrics: [
        { kind: "conversion", value: 14, target: 20, label: "Trial → paid" },
        { kind: "NPS", value: 36, target: 40 },
      ],
      moments: [{ title: "Trial ends: pay or leave", kind: "ZMOT", importance: 4, outcome: "neutral" }],
    },
  ],
});

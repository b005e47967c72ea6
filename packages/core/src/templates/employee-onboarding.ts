import { defineTemplate } from "./template-builder.js";

/** A new hire's journey from signed offer to feeling productive. */
export const employeeOnboarding = defineTemplate({
  id: "employee-onboarding",
  title: "Employee onboarding: offer to first 90 days",
  description: "An engineer joins a 600-person company: paperwork, day one, first project, probation review.",
  industry: "HR / employee experience",
  personas: [
    {
      key: "tomas",
      name: "Tomás",
      role: "New backend engineer",
      color: "#27ae60",
      quote: "I want to ship something in my first two weeks.",
      demographics: { Age: "34", Location: "Remote, Lisbon", Experience: "8 years" },
      psychographics: ["Autonomous", "Values clear expectations"],
      needs: ["Working laptop on day one", "A buddy", "Clear first project"],
      motivations: ["Make an impact early"],
      goals: ["First pull request merged in week one"],
      frustrations: ["Waiting for access", "Generic slide-deck inductions"],
      empathyMap: {
        thinks: ["Did I make the right move?"],
        feels: ["Eager", "Isolated working remotely"],
        says: ["Who owns this service?"],
        does: ["Reads old docs", "Asks in the wrong Slack channels"],
      },
    },
    {
      key: "manager",
      name: "Helen",
      role: "Engineering manager",
      color: "#2f80ed",
      demographics: { Team: "7 engineers" },
      needs: ["New hires productive fast"],
      motivations: ["Grow the team"],
      goals: ["Hire passes probation"],
      frustrations: ["IT tickets she can't chase"],
    },
  ],
  stages: [
    {
      key: "offer",
      name: "Offer accepted",
      touchpoints: [
        ["Offer letter", "email"],
        ["HR portal", "web"],
      ],
      emotions: { tomas: [3, "thrilled"], manager: [2, "relieved"] },
      actions: ["Signs the contract", "Uploads documents"],
      pains: [["Same documents asked for twice", 2, 2]],
    },
    {
      key: "preboard",
      name: "Before day one",
      touchpoints: [
        ["Welcome email", "email"],
        ["Laptop delivery", "mail"],
      ],
      emotions: { tomas: [0, "in limbo"], manager: [-1, "worried"] },
      actions: ["Waits for the laptop", "Hears nothing for two weeks"],
      pains: [["Laptop arrives after the start date", 5, 8, "measured"]],
      opportunities: [["Ship the laptop 5 days early with a tracked timeline", 5, 2, 9]],
    },
    {
      key: "day-one",
      name: "Day one",
      touchpoints: [
        ["Video induction", "event"],
        ["Buddy", "chat"],
      ],
      emotions: { tomas: [-2, "frustrated"], manager: [-1, "embarrassed"] },
      actions: ["Spends the day waiting for system access"],
      thoughts: ["Nobody expected me?"],
      pains: [
        ["Accounts created on request, one by one", 5, 9, "observed"],
        ["Induction is 3 hours of slides", 3, 4],
      ],
      opportunities: [
        ["Access provisioned from the signed offer", 5, 3, 10],
        ["A real starter task on day one", 4, 1, 6],
      ],
      moments: [{ title: "Day one: ready or not", kind: "FMOT", importance: 5, outcome: "fail" }],
      metrics: [{ kind: "CSAT", value: 56, target: 85, label: "Day-one experience", sampleSize: 74 }],
    },
    {
      key: "first-project",
      name: "First project",
      touchpoints: [
        ["Buddy", "chat"],
        ["Team stand-up", "event"],
      ],
      emotions: { tomas: [2, "productive"], manager: [2, "pleased"] },
      actions: ["Ships a fix in week two"],
      moments: [{ title: "First pull request merged", kind: "SMOT", importance: 4, outcome: "delight" }],
    },
    {
      key: "review",
      name: "90-day review",
      touchpoints: [["1:1 with manager", "event"]],
      emotions: { tomas: [1, "settled"], manager: [2, "confident"] },
      actions: ["Passes probation", "Gives onboarding feedback"],
      metrics: [
        { kind: "retention", value: 91, target: 95, label: "Still here after 12 months" },
        { kind: "NPS", value: 12, target: 30, label: "eNPS of new hires" },
      ],
    },
  ],
});

/**
 * Core's own words in English, the source of the core catalogue's keys: what a lane kind, a channel
 * or a metric kind is called, the words of a metric's label (target, trend, provenance), a card's
 * badges, the service-blueprint lines, the overview's subtitle and the names of new records. Every
 * view and exporter writes these through core, so a map reads the same words everywhere.
 */
export const coreEn = {
  "laneKind.actions": "Actions",
  "laneKind.thoughts": "Thoughts",
  "laneKind.feelings": "Feelings",
  "laneKind.touchpoints": "Touchpoints",
  "laneKind.emotions": "Emotions",
  "laneKind.painPoints": "Pain points",
  "laneKind.opportunities": "Opportunities",
  "laneKind.evidence": "Physical evidence",
  "laneKind.frontstage": "Frontstage",
  "laneKind.backstage": "Backstage",
  "laneKind.support": "Support processes",
  "laneKind.metrics": "Metrics",
  "laneKind.notes": "Notes",

  "channel.web": "Web",
  "channel.mobile-app": "App",
  "channel.email": "Email",
  "channel.phone": "Phone",
  "channel.chat": "Chat",
  "channel.social": "Social",
  "channel.in-store": "In store",
  "channel.mail": "Mail",
  "channel.event": "Event",
  "channel.word-of-mouth": "Word of mouth",
  "channel.other": "Other",

  "metricKind.NPS": "NPS",
  "metricKind.CSAT": "CSAT",
  "metricKind.CES": "CES",
  "metricKind.retention": "Retention",
  "metricKind.conversion": "Conversion",
  "metricKind.sentiment": "Sentiment",
  "metricKind.custom": "Metric",

  "metric.wholeJourney": "Whole journey",
  "metric.more": "+{count} more",
  "metric.target": "target {target}",
  "metric.belowTarget": "below target {target}",
  "metric.measured": "measured {detail}",
  "metric.typed": "typed",
  "metric.fromSource": "from {source}",
  "metric.fromResponses": { one: "from {count} response", other: "from {count} responses" },
  "metric.up": "up {amount}",
  "metric.down": "down {amount}",
  "metric.upPoints": { one: "up {count} point", other: "up {count} points" },
  "metric.downPoints": { one: "down {count} point", other: "down {count} points" },
  "metric.unchanged": "unchanged",
  "metric.since": "since {date} ({value})",

  "card.severity": "Severity {value}/5",
  "card.impact": "Impact {value}",
  "card.effort": "Effort {value}",
  "card.votes": { one: "{count} vote", other: "{count} votes" },
  "evidence.assumed": "Assumed",
  "evidence.observed": "Observed",
  "evidence.measured": "Measured",

  "quote.count": { one: "{count} quote", other: "{count} quotes" },
  "quote.positive": "Positive",
  "quote.negative": "Negative",
  "quote.neutral": "Neutral",
  "quote.stars": { one: "{score} star", other: "{score} stars" },
  "quote.answer": "{scale} answer {score}",
  "quote.rated": "rated {score}",

  "blueprint.interaction": "Line of interaction",
  "blueprint.visibility": "Line of visibility",
  "blueprint.internal": "Line of internal interaction",

  "overview.currentState": "Current state",
  "overview.futureState": "Future state",
  "overview.noPersonas": "no personas",
  "overview.stages": { one: "{count} stage", other: "{count} stages" },

  "new.map": "Untitled journey",
  "new.persona": "Customer",
  "new.stageDiscover": "Discover",
  "new.stageDecide": "Decide",
  "new.stageUse": "Use",
  "new.stage": "New stage",
  "new.touchpoint": "New touchpoint",
  "new.personaName": "New persona",
  "new.moment": "New moment of truth",
} as const;

/** The keys of core's catalogue. */
export type CoreMessageKey = keyof typeof coreEn;

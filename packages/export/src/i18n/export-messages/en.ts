/**
 * The exporters' own words in English, the source of the export catalogue's keys: what the deck's
 * slides, charts, tables and speaker notes say around the map's own text, the emotion lane's scale
 * and legend, tooltips, and the SVG's and PDF's labels. Words core has (lane kinds, channels, metric
 * labels, card badges, the overview's state and stage count) are core's, written through core's
 * catalogue: one home for each word.
 */
export const exportEn = {
  "slide.titled": "{title}: {what}",
  "slide.page": "{title} ({page}/{pages})",
  "slide.stage": "stage {number}",
  "slide.stages": "stages {first}–{last}",
  "slide.emotionCurve": "emotion curve",
  "slide.insights": "Moments at risk and metrics",

  "overview.emotion": "Emotion {score}",
  "overview.painPoints": { one: "{count} pain point: {text}", other: "{count} pain points: {text}" },
  "overview.personas": "Personas: {names}",
  "overview.updated": "Updated {date}",

  "chart.title": "Emotion per stage (−3 very negative … +3 very positive)",
  "chart.measured": "{name} (measured)",
  "chart.persona": "{name}: emotion per stage (no empathy map yet)",
  "chart.notesLine": "Stage {number}: {name}: {scores}",
  "chart.notScored": "not scored",

  "persona.demographics": "Demographics",
  "persona.needs": "Needs",
  "persona.motivations": "Motivations",
  "persona.goals": "Goals",
  "persona.frustrations": "Frustrations",
  "persona.noProfile": "No profile yet.",
  "persona.thinks": "Thinks",
  "persona.feels": "Feels",
  "persona.says": "Says",
  "persona.does": "Does",
  "list.more": { one: "… and {count} more", other: "… and {count} more" },

  "insights.risks": "Moments of truth at risk",
  "insights.moment": "Moment of truth",
  "insights.stage": "Stage",
  "insights.kind": "Kind",
  "insights.importance": "Importance",
  "insights.why": "Why",
  "insights.noRisks": "No important moment is failing or negative.",
  "insights.where": "Where",
  "insights.metric": "Metric",
  "insights.trend": "Trend",
  "insights.target": "Target",
  "insights.from": "From",
  "insights.noMetrics": "No metrics yet.",
  "insights.continued": "{heading} (continued)",
  "insights.failed": "the outcome failed",
  "insights.roomScores": "the room scores the stage {score}",

  "moment.line": "{kind}: {title}",
  "moment.custom": "custom",
  "moment.tooltip": "{kind} moment of truth: {title}",
  "outcome.delight": "delight",
  "outcome.neutral": "neutral",
  "outcome.fail": "fail",

  "notes.stage": "Stage {number}: {name}",
  "notes.heading": "{heading}:",
  "notes.whatHappens": "What happens",
  "notes.touchpoint": "Touchpoint: {name} ({channel})",
  "notes.moments": "Moments of truth",
  "notes.said": "What customers said",
  "notes.moreQuotes": { one: "… and {count} more quote", other: "… and {count} more quotes" },
  "notes.sentiment": "sentiment {value}",

  "lane.continued": "{title} (cont.)",
  "emotion.delighted": "delighted",
  "emotion.neutral": "neutral",
  "emotion.veryUnhappy": "very unhappy",
  "emotion.legendMeasured": "{name} measured",
  "emotion.measuredPoint": "{name}, {measured}: {stage} {score}",

  "svg.label": "Journey map: {title}",
  "pdf.subject": "Customer journey map",
} as const;

/** The keys of the export catalogue. */
export type ExportMessageKey = keyof typeof exportEn;

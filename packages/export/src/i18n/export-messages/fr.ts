import type { ExportMessages } from "../export-catalogue.js";

/**
 * The exporters' own words in French (a no-break space before a colon, as French sets it). Imported
 * as `@journeykit/export/locales/fr` (with core's, `@journeykit/core/locales/fr`), or loaded with
 * them by `loadExportMessages("fr")`.
 */
export const exportFr: ExportMessages = {
  "slide.titled": "{title}\u00a0: {what}",
  "slide.page": "{title} ({page}/{pages})",
  "slide.stage": "étape {number}",
  "slide.stages": "étapes {first} à {last}",
  "slide.emotionCurve": "courbe émotionnelle",
  "slide.insights": "Moments à risque et indicateurs",

  "overview.emotion": "Émotion {score}",
  "overview.painPoints": { one: "{count} irritant\u00a0: {text}", other: "{count} irritants\u00a0: {text}" },
  "overview.personas": "Personas\u00a0: {names}",
  "overview.updated": "Mis à jour le {date}",

  "chart.title": "Émotion par étape (−3 très négative … +3 très positive)",
  "chart.measured": "{name} (mesures)",
  "chart.persona": "{name}\u00a0: émotion par étape (pas encore de carte d’empathie)",
  "chart.notesLine": "Étape {number}\u00a0: {name}\u00a0: {scores}",
  "chart.notScored": "sans note",

  "persona.demographics": "Démographie",
  "persona.needs": "Besoins",
  "persona.motivations": "Motivations",
  "persona.goals": "Objectifs",
  "persona.frustrations": "Frustrations",
  "persona.noProfile": "Pas encore de profil.",
  "persona.thinks": "Pense",
  "persona.feels": "Ressent",
  "persona.says": "Dit",
  "persona.does": "Fait",
  "list.more": { one: "… et {count} autre", other: "… et {count} autres" },

  "insights.risks": "Moments de vérité à risque",
  "insights.moment": "Moment de vérité",
  "insights.stage": "Étape",
  "insights.kind": "Type",
  "insights.importance": "Importance",
  "insights.why": "Pourquoi",
  "insights.noRisks": "Aucun moment important n’échoue ni n’est négatif.",
  "insights.where": "Où",
  "insights.metric": "Indicateur",
  "insights.trend": "Tendance",
  "insights.target": "Objectif",
  "insights.from": "Source",
  "insights.noMetrics": "Pas encore d’indicateurs.",
  "insights.continued": "{heading} (suite)",
  "insights.failed": "le résultat a échoué",
  "insights.roomScores": "le groupe note l’étape {score}",

  "moment.line": "{kind}\u00a0: {title}",
  "moment.custom": "personnalisé",
  "moment.tooltip": "Moment de vérité {kind}\u00a0: {title}",
  "outcome.delight": "enchante",
  "outcome.neutral": "neutre",
  "outcome.fail": "échoue",

  "notes.stage": "Étape {number}\u00a0: {name}",
  "notes.heading": "{heading}\u00a0:",
  "notes.whatHappens": "Ce qui se passe",
  "notes.touchpoint": "Point de contact\u00a0: {name} ({channel})",
  "notes.moments": "Moments de vérité",
  "notes.said": "Verbatims clients",
  "notes.moreQuotes": { one: "… et {count} autre verbatim", other: "… et {count} autres verbatims" },
  "notes.sentiment": "sentiment {value}",

  "lane.continued": "{title} (suite)",
  "emotion.delighted": "ravi",
  "emotion.neutral": "neutre",
  "emotion.veryUnhappy": "très mécontent",
  "emotion.legendMeasured": "{name} (mesures)",
  "emotion.measuredPoint": "{name}, {measured}\u00a0: {stage} {score}",

  "svg.label": "Carte du parcours client\u00a0: {title}",
  "pdf.subject": "Carte du parcours client",
};

import type { ExportMessages } from "../export-catalogue.js";

/**
 * The exporters' own words in Spanish. Imported as `@journeykit/export/locales/es` (with core's,
 * `@journeykit/core/locales/es`), or loaded with them by `loadExportMessages("es")`.
 */
export const exportEs: ExportMessages = {
  "slide.titled": "{title}: {what}",
  "slide.page": "{title} ({page}/{pages})",
  "slide.stage": "etapa {number}",
  "slide.stages": "etapas {first}–{last}",
  "slide.emotionCurve": "curva emocional",
  "slide.insights": "Momentos en riesgo y métricas",

  "overview.emotion": "Emoción {score}",
  "overview.painPoints": {
    one: "{count} punto de dolor: {text}",
    other: "{count} puntos de dolor: {text}",
  },
  "overview.personas": "Personas: {names}",
  "overview.updated": "Actualizado el {date}",

  "chart.title": "Emoción por etapa (−3 muy negativa … +3 muy positiva)",
  "chart.measured": "{name} (medición)",
  "chart.persona": "{name}: emoción por etapa (aún sin mapa de empatía)",
  "chart.notesLine": "Etapa {number}: {name}: {scores}",
  "chart.notScored": "sin puntuar",

  "persona.demographics": "Datos demográficos",
  "persona.needs": "Necesidades",
  "persona.motivations": "Motivaciones",
  "persona.goals": "Objetivos",
  "persona.frustrations": "Frustraciones",
  "persona.noProfile": "Aún no hay perfil.",
  "persona.thinks": "Piensa",
  "persona.feels": "Siente",
  "persona.says": "Dice",
  "persona.does": "Hace",
  "list.more": { one: "… y {count} más", other: "… y {count} más" },

  "insights.risks": "Momentos de la verdad en riesgo",
  "insights.moment": "Momento de la verdad",
  "insights.stage": "Etapa",
  "insights.kind": "Tipo",
  "insights.importance": "Importancia",
  "insights.why": "Por qué",
  "insights.noRisks": "Ningún momento importante está fallando ni es negativo.",
  "insights.where": "Dónde",
  "insights.metric": "Métrica",
  "insights.trend": "Tendencia",
  "insights.target": "Objetivo",
  "insights.from": "Origen",
  "insights.noMetrics": "Aún no hay métricas.",
  "insights.continued": "{heading} (continuación)",
  "insights.failed": "el resultado fue un fracaso",
  "insights.roomScores": "la sala puntúa la etapa con {score}",

  "moment.line": "{kind}: {title}",
  "moment.custom": "propio",
  "moment.tooltip": "Momento de la verdad {kind}: {title}",
  "outcome.delight": "encanta",
  "outcome.neutral": "neutro",
  "outcome.fail": "falla",

  "notes.stage": "Etapa {number}: {name}",
  "notes.heading": "{heading}:",
  "notes.whatHappens": "Qué ocurre",
  "notes.touchpoint": "Punto de contacto: {name} ({channel})",
  "notes.moments": "Momentos de la verdad",
  "notes.said": "Qué dijeron los clientes",
  "notes.moreQuotes": { one: "… y {count} cita más", other: "… y {count} citas más" },
  "notes.sentiment": "sentimiento {value}",

  "lane.continued": "{title} (cont.)",
  "emotion.delighted": "encantado",
  "emotion.neutral": "neutral",
  "emotion.veryUnhappy": "muy insatisfecho",
  "emotion.legendMeasured": "{name} (medición)",
  "emotion.measuredPoint": "{name}, {measured}: {stage} {score}",

  "svg.label": "Mapa del recorrido del cliente: {title}",
  "pdf.subject": "Mapa del recorrido del cliente",
};

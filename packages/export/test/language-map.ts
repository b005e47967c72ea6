import { defineTemplate, type JourneyMap, type LabelOptions, laneKindTitle } from "@journeykit/core";

/**
 * A map whose own words (title, stages, cards, persona, names) are in the reader's language, with
 * something for every word the exporters write: a stage NPS of +32 ±6.3 from 1,412 answers with a
 * trend and a target (written "±6": core gives NPS margins in whole points), a wait in minutes of
 * 12.5 ±6.3 (a mean: one decimal), a custom moment of truth that fails, a pain point with severity and votes,
 * touchpoints on several channels, measured emotion points, a quote with its sentiment, a persona
 * with a profile and an empathy map, the blueprint lanes, and lane titles in core's words of that
 * language. Nothing in it is an English word, so a deck made from it in Spanish or German should be
 * too.
 */
export function languageMap(words: LabelOptions): JourneyMap {
  const map = defineTemplate({
    id: "cafeteria",
    title: "Cafetería Aurora",
    description: "Pedido anticipado camino al trabajo.",
    industry: "Hostelería",
    lanes: ["actions", "touchpoints", "emotions", "painPoints", "opportunities", "frontstage", "backstage"],
    personas: [
      {
        key: "lucia",
        name: "Lucía",
        role: "Diseñadora",
        color: "#2f80ed",
        quote: "Quiero mi café listo al llegar.",
        demographics: { Edad: "31", Ciudad: "Sevilla" },
        needs: ["Pedir rápido", "Saber cuándo está listo"],
        motivations: ["Empezar tranquila"],
        goals: ["Café antes del tren"],
        frustrations: ["Esperas largas"],
        empathyMap: {
          thinks: ["¿Llegaré a tiempo?"],
          feels: ["Prisa"],
          says: ["Lo de siempre"],
          does: ["Pide desde el andén"],
        },
      },
    ],
    stages: [
      {
        key: "pedir",
        name: "Pedir",
        touchpoints: [["Aplicación", "mobile-app"]],
        emotions: { lucia: [2] },
        actions: ["Repite su pedido"],
        frontstage: ["Confirmación inmediata"],
        backstage: ["Cocina recibe comanda"],
      },
      {
        key: "recoger",
        name: "Recoger",
        touchpoints: [
          ["Mostrador", "in-store"],
          ["Aviso", "email"],
        ],
        emotions: { lucia: [-2] },
        actions: ["Busca su vaso"],
        pains: [["Vaso sin nombre", 4, 7]],
        opportunities: [["Estante con nombres", 4, 2, 5]],
        moments: [
          { title: "Vaso equivocado", kind: "custom", importance: 5, outcome: "fail", description: "Clave" },
        ],
      },
      {
        key: "pagar",
        name: "Pagar",
        touchpoints: [["Caja", "in-store"]],
        emotions: { lucia: [1] },
        actions: ["Paga con móvil"],
      },
    ],
  }).create();
  const [pedir, recoger] = map.stages;
  const lucia = map.personas[0]!;
  return {
    ...map,
    lanes: map.lanes.map((lane) => ({ ...lane, title: laneKindTitle(lane.kind, words) })),
    emotions: [
      ...map.emotions,
      { id: "medido-1", personaId: lucia.id, stageId: pedir!.id, score: 1, evidence: "measured" },
      { id: "medido-2", personaId: lucia.id, stageId: recoger!.id, score: -3, evidence: "measured" },
    ],
    metrics: [
      {
        id: "nps-recoger",
        kind: "NPS",
        stageId: recoger!.id,
        value: 32,
        marginOfError: 6.3,
        sampleSize: 1412,
        target: 40,
        series: [
          { date: "2026-02-01", value: 28 },
          { date: "2026-03-01", value: 32 },
        ],
      },
      { id: "espera", kind: "custom", label: "Espera (min)", value: 12.5, marginOfError: 6.3 },
    ],
    quotes: [{ id: "cita-1", stageId: recoger!.id, text: "Nadie me avisó.", sentiment: -0.7 }],
  };
}

import type { JourneyMap } from "../src/index";

/** A large, valid map for benchmarks: stages × lanes × cards per cell, personas with a full curve. */
export function generateMap({ stages = 20, lanes = 10, cardsPerCell = 50, personas = 3 } = {}): JourneyMap {
  const kinds = [
    "actions",
    "thoughts",
    "touchpoints",
    "emotions",
    "painPoints",
    "opportunities",
    "feelings",
    "evidence",
    "notes",
    "metrics",
  ] as const;
  const map: JourneyMap = {
    format: "journeykit/map",
    version: 3,
    id: "bench",
    title: "Benchmark map",
    state: "current",
    personas: Array.from({ length: personas }, (_, i) => ({
      id: `p${i}`,
      name: `Persona ${i}`,
      color: ["#2f80ed", "#eb5757", "#27ae60"][i % 3]!,
      demographics: {},
      psychographics: [],
      needs: [],
      motivations: [],
      goals: [],
      frustrations: [],
    })),
    stages: Array.from({ length: stages }, (_, i) => ({ id: `s${i}`, name: `Stage ${i + 1}` })),
    lanes: Array.from({ length: lanes }, (_, i) => ({
      id: `l${i}`,
      kind: kinds[i % kinds.length]!,
      title: `Lane ${i + 1}`,
    })),
    touchpoints: Array.from({ length: stages }, (_, i) => ({
      id: `t${i}`,
      stageId: `s${i}`,
      name: `Touchpoint ${i}`,
      channel: "web" as const,
    })),
    cards: [],
    emotions: [],
    momentsOfTruth: Array.from({ length: stages / 2 }, (_, i) => ({
      id: `m${i}`,
      stageId: `s${i * 2}`,
      title: `Moment ${i}`,
      kind: "SMOT" as const,
      importance: 4 as const,
    })),
    metrics: Array.from({ length: stages }, (_, i) => ({
      id: `k${i}`,
      kind: "CSAT" as const,
      stageId: `s${i}`,
      value: 50 + (i % 40),
    })),
    sources: [],
    quotes: [],
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
  };
  for (let s = 0; s < stages; s++) {
    for (let l = 0; l < lanes; l++) {
      for (let c = 0; c < cardsPerCell; c++) {
        map.cards.push({
          id: `c${s}-${l}-${c}`,
          laneId: `l${l}`,
          stageId: `s${s}`,
          text: `Card ${c} of stage ${s + 1}, lane ${l + 1}: the customer does something worth noting down`,
          ...(c % 3 === 0 ? { severity: ((c % 5) + 1) as 1 | 2 | 3 | 4 | 5 } : {}),
        });
      }
    }
    for (let p = 0; p < personas; p++)
      map.emotions.push({ id: `e${p}-${s}`, personaId: `p${p}`, stageId: `s${s}`, score: ((s + p) % 7) - 3 });
  }
  return map;
}

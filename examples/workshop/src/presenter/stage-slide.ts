import {
  type Card,
  isMeasuredEmotion,
  type JourneyMap,
  type Lane,
  type MomentOfTruth,
  type Persona,
  type Stage,
  type Touchpoint,
} from "@journeykit/core";

/** Everything the presenter shows for one stage. */
export interface StageSlide {
  stage: Stage;
  emotions: { persona: Persona; score: number | null; emotion?: string }[];
  touchpoints: Touchpoint[];
  moments: MomentOfTruth[];
  lanes: { lane: Lane; cards: Card[] }[];
}

/** The content of the presenter slide for the stage at `index`, or undefined when there is none. */
export function stageSlide(map: JourneyMap, index: number): StageSlide | undefined {
  const stage = map.stages[index];
  if (!stage) return undefined;
  const emotions = map.personas.map((persona) => {
    // The room's curve: points measured from survey data are shown beside it, never averaged into it.
    const points = map.emotions.filter(
      (e) => e.personaId === persona.id && e.stageId === stage.id && !isMeasuredEmotion(e),
    );
    const stageLevel = points.find((p) => p.touchpointId === undefined);
    const score = stageLevel
      ? stageLevel.score
      : points.length > 0
        ? Math.round(points.reduce((sum, p) => sum + p.score, 0) / points.length)
        : null;
    const emotion = (stageLevel ?? points[0])?.emotion;
    return emotion === undefined ? { persona, score } : { persona, score, emotion };
  });
  const lanes = map.lanes
    .filter((lane) => lane.kind !== "emotions")
    .map((lane) => ({ lane, cards: map.cards.filter((c) => c.laneId === lane.id && c.stageId === stage.id) }))
    .filter((entry) => entry.cards.length > 0);
  return {
    stage,
    emotions,
    touchpoints: map.touchpoints.filter((t) => t.stageId === stage.id),
    moments: map.momentsOfTruth.filter((m) => m.stageId === stage.id),
    lanes,
  };
}

import { getTemplate, type JourneyMap } from "@journeykit/core";

/**
 * A template map whose first persona also has a measured point (evidence "measured") at every stage,
 * -2 and +1 in turn, with `note` on each point when given (as `applyEvidence` writes one).
 */
export function measuredCurveMap(templateId: string, note?: string): JourneyMap {
  const map = getTemplate(templateId)!.create();
  const persona = map.personas[0]!;
  return {
    ...map,
    emotions: [
      ...map.emotions,
      ...map.stages.map((stage, i) => ({
        id: `measured-${i}`,
        personaId: persona.id,
        stageId: stage.id,
        score: i % 2 === 0 ? -2 : 1,
        evidence: "measured" as const,
        ...(note === undefined ? {} : { note }),
      })),
    ],
  };
}

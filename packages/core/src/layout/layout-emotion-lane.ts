import { isMeasuredEmotion } from "../records/emotion-point.js";
import type { JourneyMap } from "../records/journey-map.js";
import type { EmotionLaneLayout, LaneRow, StageColumn } from "./journey-layout.js";
import type { ResolvedLayout } from "./layout-options.js";

/**
 * The first emotions lane's -3..+3 scale and one curve per visible persona, a point at each stage's
 * centre (the stage-level score, else the mean of its touchpoint scores; no score, no point).
 */
export function layoutEmotionLane(
  map: JourneyMap,
  stages: StageColumn[],
  lanes: LaneRow[],
  r: ResolvedLayout,
): EmotionLaneLayout | undefined {
  const lane = lanes.find((l) => l.kind === "emotions");
  if (!lane) return undefined;
  const curveHeight = r.o.emotionLaneHeight;
  const pad = 22;
  const levelTop = lane.y + pad;
  const step = (curveHeight - 2 * pad) / 6;
  const yOf = (score: number) => levelTop + (3 - score) * step;
  return {
    laneId: lane.id,
    top: lane.y,
    bottom: lane.y + curveHeight,
    levels: [3, 2, 1, 0, -1, -2, -3].map((score, i) => ({ score, y: Math.round(levelTop + i * step) })),
    curves: map.personas
      .filter((p) => !r.hidden.has(p.id))
      .map((persona) => ({
        personaId: persona.id,
        name: persona.name,
        color: persona.color,
        points: stages.flatMap((column) => {
          const points = map.emotions.filter(
            (e) => e.personaId === persona.id && e.stageId === column.id && !isMeasuredEmotion(e),
          );
          if (points.length === 0) return [];
          const stageLevel = points.find((p) => p.touchpointId === undefined);
          const score = stageLevel
            ? stageLevel.score
            : points.reduce((s, p) => s + p.score, 0) / points.length;
          return [
            {
              stageId: column.id,
              x: Math.round(column.x + column.width / 2),
              y: Math.round(yOf(score)),
              score,
            },
          ];
        }),
      })),
  };
}

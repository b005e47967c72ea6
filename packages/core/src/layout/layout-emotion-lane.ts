import { type EmotionPoint, isMeasuredEmotion } from "../records/emotion-point.js";
import type { JourneyMap } from "../records/journey-map.js";
import type {
  CurvePoint,
  EmotionLaneLayout,
  LaneRow,
  MeasuredCurveLayout,
  MeasuredCurvePoint,
  StageColumn,
} from "./journey-layout.js";
import type { ResolvedLayout } from "./layout-options.js";

/** What `applyEvidence` writes in a measured point's note: "Measured from 140 responses (survey.csv)". */
const MEASURED_NOTE = /^Measured from (\d+) responses? \((.*)\)$/;

/** The stage's score from its points: the stage-level point, else the mean of its touchpoint points. */
function stageScore(points: EmotionPoint[]): number {
  const stageLevel = points.find((p) => p.touchpointId === undefined);
  return stageLevel ? stageLevel.score : points.reduce((s, p) => s + p.score, 0) / points.length;
}

/**
 * The first emotions lane's -3..+3 scale and one curve per visible persona, a point at each stage's
 * centre (the stage-level score, else the mean of its touchpoint scores; no score, no point), and
 * beside them each persona's measured curve (points with evidence "measured"), same x, dashed in views.
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
  const visible = map.personas.filter((p) => !r.hidden.has(p.id));
  const pointAt = (column: StageColumn, points: EmotionPoint[]): CurvePoint => {
    const score = stageScore(points);
    return {
      stageId: column.id,
      x: Math.round(column.x + column.width / 2),
      y: Math.round(yOf(score)),
      score,
    };
  };
  const pointsOf = (personaId: string, stageId: string, measured: boolean) =>
    map.emotions.filter(
      (e) => e.personaId === personaId && e.stageId === stageId && isMeasuredEmotion(e) === measured,
    );
  const measured: MeasuredCurveLayout[] = visible.flatMap((persona) => {
    const points = stages.flatMap((column): MeasuredCurvePoint[] => {
      const found = pointsOf(persona.id, column.id, true);
      if (found.length === 0) return [];
      const point: MeasuredCurvePoint = pointAt(column, found);
      const note = (found.find((p) => p.touchpointId === undefined) ?? found[0]!).note;
      const parsed = note === undefined ? null : MEASURED_NOTE.exec(note);
      if (parsed) {
        point.n = Number(parsed[1]);
        point.source = parsed[2]!;
      }
      return [point];
    });
    return points.length === 0
      ? []
      : [{ personaId: persona.id, name: persona.name, color: persona.color, points }];
  });
  return {
    laneId: lane.id,
    top: lane.y,
    bottom: lane.y + curveHeight,
    levels: [3, 2, 1, 0, -1, -2, -3].map((score, i) => ({ score, y: Math.round(levelTop + i * step) })),
    curves: visible.map((persona) => ({
      personaId: persona.id,
      name: persona.name,
      color: persona.color,
      points: stages.flatMap((column) => {
        const found = pointsOf(persona.id, column.id, false);
        return found.length === 0 ? [] : [pointAt(column, found)];
      }),
    })),
    measured,
  };
}

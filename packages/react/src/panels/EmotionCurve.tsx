import { emotionCurve, smoothPath } from "@journeykit/core";
import { useEditorText } from "../hooks/useEditorText.js";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";

/**
 * A compact chart of one persona's emotion curve (for a host's side panel or a report), with gaps
 * where a stage has no score. Reads the nearest editor's map.
 *
 * @example
 * <JourneyMapProvider value={map}><EmotionCurve personaId={maya.id} width={320} /></JourneyMapProvider>
 */
export function EmotionCurve({
  personaId,
  width = 320,
  height = 120,
}: {
  personaId: string;
  width?: number;
  height?: number;
}) {
  const map = useJourneyMapStore((s) => s.map);
  const { t } = useEditorText();
  const persona = map.personas.find((p) => p.id === personaId);
  const entries = emotionCurve(map, personaId);
  if (!persona || entries.length === 0) return null;
  const pad = 14;
  const x = (i: number) =>
    pad + (entries.length === 1 ? (width - 2 * pad) / 2 : (i * (width - 2 * pad)) / (entries.length - 1));
  const y = (score: number) => pad + ((3 - score) * (height - 2 * pad)) / 6;
  const points = entries.flatMap((e, i) => (e.score === null ? [] : [{ x: x(i), y: y(e.score), e }]));
  return (
    <svg
      className="jk-emotion-curve"
      width={width}
      height={height}
      role="img"
      aria-label={t("curve.label", {
        name: persona.name,
        points: entries.map((e) => `${e.stageName} ${e.score ?? t("curve.noScore")}`).join(", "),
      })}
    >
      <line x1={pad} x2={width - pad} y1={y(0)} y2={y(0)} className="jk-level jk-level--zero" />
      <path d={smoothPath(points)} stroke={persona.color} className="jk-curve-line" />
      {points.map((p) => (
        <circle key={p.e.stageId} cx={p.x} cy={p.y} r={4} fill={persona.color}>
          <title>{`${p.e.stageName}: ${p.e.score}`}</title>
        </circle>
      ))}
    </svg>
  );
}

import { curveRuns, smoothPath } from "@journeykit/core";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import type { OverviewSlide } from "./overview-slide";

const WIDTH = 960;
const HEIGHT = 260;
const PAD_X = 56;
const PAD_Y = 28;

/**
 * The overview's chart: each persona's curve as the room drew it (solid) and as customers' data
 * measured it (dashed), over the stages, on the −3..+3 scale, with each stage's headline rating
 * under its name.
 */
export function JourneyCurves({ slide }: { slide: OverviewSlide }) {
  const { t } = useWorkshopText();
  const count = slide.stages.length;
  const x = (i: number) => (count <= 1 ? WIDTH / 2 : PAD_X + (i * (WIDTH - 2 * PAD_X)) / (count - 1));
  const y = (score: number) => PAD_Y + ((3 - score) * (HEIGHT - 2 * PAD_Y)) / 6;
  const points = (scores: readonly (number | null)[]) =>
    scores.flatMap((score, i) => (score === null ? [] : [{ x: x(i), y: y(score) }]));
  // A curve is drawn only between neighbouring stages that both have a score: a line across a stage
  // with no data would claim a value nobody gave.
  const stageIds = slide.stages.map((stage) => stage.id);
  const runs = (scores: readonly (number | null)[]) =>
    curveRuns(
      scores.flatMap((score, i) => (score === null ? [] : [{ stageId: stageIds[i]!, x: x(i), y: y(score) }])),
      stageIds,
    ).filter((run) => run.length > 1);
  const described = slide.curves
    .map(
      (c) =>
        `${c.persona.name}: ${c.room.map((s, i) => `${slide.stages[i]?.name} ${s ?? t("insights.noScore")}`).join(", ")}${
          c.measured
            ? t("curves.measured", { list: c.measured.map((s) => s ?? t("curves.none")).join(", ") })
            : ""
        }`,
    )
    .join(". ");
  return (
    <figure className="ws-overview-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t("curves.label", { described })}>
        {[3, 0, -3].map((level) => (
          <g key={level}>
            <line
              x1={PAD_X - 16}
              x2={WIDTH - PAD_X + 16}
              y1={y(level)}
              y2={y(level)}
              className="ws-overview-level"
            />
            <text x={PAD_X - 24} y={y(level) + 5} textAnchor="end" className="ws-overview-axis">
              {level > 0 ? `+${level}` : level < 0 ? `−${-level}` : "0"}
            </text>
          </g>
        ))}
        {slide.curves.map((curve) => (
          <g key={curve.persona.id}>
            {runs(curve.room).map((run) => (
              <path
                key={run[0]!.x}
                d={smoothPath(run)}
                stroke={curve.persona.color}
                className="ws-overview-room"
              />
            ))}
            {curve.measured &&
              runs(curve.measured).map((run) => (
                <path
                  key={run[0]!.x}
                  d={smoothPath(run)}
                  stroke={curve.persona.color}
                  className="ws-overview-measured"
                />
              ))}
            {points(curve.room).map((p) => (
              <circle key={p.x} cx={p.x} cy={p.y} r={6} fill={curve.persona.color} />
            ))}
            {curve.measured &&
              points(curve.measured).map((p) => (
                <circle
                  key={p.x}
                  cx={p.x}
                  cy={p.y}
                  r={6}
                  stroke={curve.persona.color}
                  className="ws-overview-measured-point"
                />
              ))}
          </g>
        ))}
      </svg>
      <ol
        className="ws-overview-stages"
        style={{ gridTemplateColumns: `repeat(${Math.max(count, 1)}, 1fr)` }}
      >
        {slide.stages.map((stage) => (
          <li key={stage.id}>
            <strong>{stage.name}</strong>
            {stage.headline && (
              <span title={stage.headline.detail}>
                {stage.headline.figure}
                {stage.headline.measured ? t("curves.measuredMark") : ""}
              </span>
            )}
          </li>
        ))}
      </ol>
      <figcaption className="ws-overview-legend">
        {slide.curves.map((curve) => (
          <span key={curve.persona.id}>
            <span
              className="ws-overview-swatch"
              style={{ background: curve.persona.color }}
              aria-hidden="true"
            />
            {curve.persona.name}
            {curve.measured ? t("curves.legend") : ""}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

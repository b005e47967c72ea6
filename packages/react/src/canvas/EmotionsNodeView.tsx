import {
  approximateTextWidth,
  curveRuns,
  EMOTION_MAX,
  EMOTION_MIN,
  formatEmotionScore,
  setEmotion,
  smoothPath,
  stageEmotion,
} from "@journeykit/core";
import { type NodeProps, useReactFlow } from "@xyflow/react";
import { memo, type PointerEvent as ReactPointerEvent, useRef } from "react";
import { useEditorText } from "../hooks/useEditorText.js";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import { activePersonaId } from "./active-persona.js";
import type { EmotionsNode } from "./build-nodes.js";

const clampScore = (score: number) => Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, Math.round(score)));

/** The legend's text: 11 px (canvas.css), its entries placed by the width of their words. */
const LEGEND_FONT = { size: 11 } as const;

/**
 * The emotions lane: a -3..+3 scale with faces, one smooth curve per visible persona, and a draggable
 * point per stage (a slider for keyboards). A whole drag is one undo step. Each persona's measured
 * curve (from customer data, `layout.emotion.measured`) is drawn dashed beside it, read-only.
 */
export const EmotionsNodeView = memo(function EmotionsNodeView({
  data,
  width = 0,
  height = 0,
}: NodeProps<EmotionsNode>) {
  const { layout } = data;
  const emotion = layout.emotion!;
  const origin = { x: layout.stages[0]!.x, y: emotion.top };
  const store = useStoreApi();
  const { t } = useEditorText();
  const flow = useReactFlow();
  const map = useJourneyMapStore((s) => s.map);
  const focused = useJourneyMapStore((s) => s.focusedPersonaId);
  const readOnly = useJourneyMapStore((s) => s.readOnly);
  // Only this persona's points are added and moved (every persona's "+" would sit on the same spot).
  const active = useJourneyMapStore(activePersonaId);
  const dragging = useRef<{ personaId: string; stageId: string; pointerId: number } | null>(null);
  const top = emotion.levels[0]!.y;
  const step = (emotion.levels[6]!.y - top) / 6;
  const yOf = (score: number) => top + (3 - score) * step - origin.y;

  const scoreAt = (clientX: number, clientY: number) => {
    const flowY = flow.screenToFlowPosition({ x: clientX, y: clientY }).y;
    return clampScore(3 - (flowY - top) / step);
  };
  const set = (personaId: string, stageId: string, score: number, mode: "record" | "merge") =>
    store.getState().dispatch(setEmotion, { personaId, stageId, score }, mode);

  /** Adds a point at 0 and, for keyboards, puts focus on it (the "+" it replaces is gone). */
  const add = (personaId: string, stageId: string) => {
    const wasFocused = document.activeElement?.closest(".jk-point-add") != null;
    set(personaId, stageId, 0, "record");
    // The same place: the point's slider, drawn where its "+" was.
    if (wasFocused) store.getState().requestFocus({ kind: "emotion", personaId, stageId });
  };
  const onPointerDown = (event: ReactPointerEvent, personaId: string, stageId: string) => {
    if (readOnly) return;
    event.stopPropagation();
    (event.target as Element).setPointerCapture(event.pointerId);
    dragging.current = { personaId, stageId, pointerId: event.pointerId };
    const state = store.getState();
    state.beginGroup();
    state.select({ kind: "persona", id: personaId });
    set(personaId, stageId, scoreAt(event.clientX, event.clientY), "merge");
  };
  const onPointerMove = (event: ReactPointerEvent) => {
    const drag = dragging.current;
    if (!drag || drag.pointerId !== event.pointerId) return;
    set(drag.personaId, drag.stageId, scoreAt(event.clientX, event.clientY), "merge");
  };
  const onPointerUp = (event: ReactPointerEvent) => {
    if (!dragging.current || dragging.current.pointerId !== event.pointerId) return;
    dragging.current = null;
    store.getState().endGroup();
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a <fieldset>; the group names the curves
    <svg
      className="jk-emotions nodrag nopan"
      width={width}
      height={height}
      role="group"
      aria-label={t("emotion.label")}
    >
      {emotion.levels.map((level) => (
        <g key={level.score}>
          <line
            x1={0}
            x2={width}
            y1={level.y - origin.y}
            y2={level.y - origin.y}
            className={level.score === 0 ? "jk-level jk-level--zero" : "jk-level"}
          />
        </g>
      ))}
      {emotion.levels.map((level) => (
        <text key={`f${level.score}`} x={4} y={level.y - origin.y + 4} className="jk-level-face">
          {formatEmotionScore(level.score)}
        </text>
      ))}
      {emotion.measured.map((curve) => {
        const stageIds = layout.stages.map((s) => s.id);
        const dim = focused !== null && focused !== curve.personaId;
        return (
          // biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a <fieldset>; the group names the curve
          // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG <g> here is not interactive
          <g
            key={`measured-${curve.personaId}`}
            role="group"
            aria-label={t("emotion.measuredCurve", { name: curve.name })}
            className={dim ? "jk-curve jk-curve--measured jk-curve--dim" : "jk-curve jk-curve--measured"}
            data-persona-id={curve.personaId}
            data-evidence="measured"
          >
            {/* Only between neighbouring stages that both were measured: no line across a stage without data. */}
            {curveRuns(
              curve.points.map((p) => ({ stageId: p.stageId, x: p.x - origin.x, y: p.y - origin.y })),
              stageIds,
            ).map((run) => (
              <path
                key={run[0]!.stageId}
                d={smoothPath(run)}
                stroke={curve.color}
                strokeDasharray="7 5"
                className="jk-curve-line jk-curve-line--measured"
              />
            ))}
            {curve.points.map((point) => {
              const stage = layout.stages.find((s) => s.id === point.stageId)?.name ?? point.stageId;
              const values = { name: curve.name, stage, score: formatEmotionScore(point.score) };
              const label =
                point.n === undefined
                  ? t("emotion.measuredPoint", values)
                  : point.source
                    ? t("emotion.measuredPointSource", { ...values, count: point.n, source: point.source })
                    : t("emotion.measuredPointFrom", { ...values, count: point.n });
              return (
                // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: a read-only point, named for screen readers
                <circle
                  key={point.stageId}
                  cx={point.x - origin.x}
                  cy={point.y - origin.y}
                  r={4}
                  fill={curve.color}
                  className="jk-point-measured"
                  role="img"
                  aria-label={label}
                >
                  <title>{label}</title>
                </circle>
              );
            })}
          </g>
        );
      })}
      {emotion.measured.length > 0 && (
        // Top left, above the +3 level, so it is on screen wherever the lane starts.
        <EmotionLegend assumed={t("emotion.assumed")} measured={t("emotion.measured")} />
      )}
      {emotion.curves.map((curve) => {
        const persona = map.personas.find((p) => p.id === curve.personaId);
        const dim = focused !== null && focused !== curve.personaId;
        const points = curve.points.map((p) => ({ x: p.x - origin.x, y: p.y - origin.y }));
        return (
          <g
            key={curve.personaId}
            className={dim ? "jk-curve jk-curve--dim" : "jk-curve"}
            data-persona-id={curve.personaId}
          >
            <path d={smoothPath(points)} stroke={curve.color} className="jk-curve-line" />
            {layout.stages.map((column) => {
              const score = stageEmotion(map, curve.personaId, column.id);
              const cx = column.x + column.width / 2 - origin.x;
              const name = persona?.name ?? t("emotion.persona");
              const label = t("emotion.point", { name, stage: column.name });
              const addLabel = t("emotion.add", { name, stage: column.name });
              const editable = curve.personaId === active;
              if (score === null) {
                return readOnly || !editable ? null : (
                  // biome-ignore lint/a11y/useSemanticElements: an SVG point cannot be a <button>
                  <g
                    key={column.id}
                    role="button"
                    tabIndex={0}
                    aria-label={addLabel}
                    className="jk-point-add"
                    data-stage-id={column.id}
                    onClick={() => add(curve.personaId, column.id)}
                    onKeyDown={(event) => {
                      if (event.key === "Enter" || event.key === " ") {
                        event.preventDefault();
                        add(curve.personaId, column.id);
                      }
                    }}
                  >
                    <circle cx={cx} cy={yOf(0)} r={9} stroke={curve.color} />
                    <text x={cx} y={yOf(0) + 4}>
                      +
                    </text>
                    <text x={cx} y={yOf(0) + 24} className="jk-point-add-label" style={{ fill: curve.color }}>
                      {name}
                    </text>
                    <title>{addLabel}</title>
                  </g>
                );
              }
              const rounded = Math.round(score);
              if (!editable)
                return (
                  // Another persona's point: a click makes that persona the one being drawn.
                  // biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut to that persona
                  <circle
                    key={column.id}
                    cx={cx}
                    cy={yOf(score)}
                    r={6}
                    className="jk-point jk-point--passive"
                    stroke={curve.color}
                    data-stage-id={column.id}
                    onClick={() => store.getState().focusPersona(curve.personaId)}
                  >
                    <title>
                      {t("emotion.drawCurve", { label, score: `${rounded > 0 ? "+" : ""}${rounded}`, name })}
                    </title>
                  </circle>
                );
              return (
                <circle
                  key={column.id}
                  cx={cx}
                  cy={yOf(score)}
                  r={8}
                  className="jk-point"
                  stroke={curve.color}
                  role="slider"
                  tabIndex={0}
                  aria-label={label}
                  aria-valuemin={EMOTION_MIN}
                  aria-valuemax={EMOTION_MAX}
                  aria-valuenow={rounded}
                  aria-valuetext={`${rounded > 0 ? "+" : ""}${rounded}`}
                  aria-readonly={readOnly}
                  data-stage-id={column.id}
                  onPointerDown={(event) => onPointerDown(event, curve.personaId, column.id)}
                  onPointerMove={onPointerMove}
                  onPointerUp={onPointerUp}
                  onPointerCancel={onPointerUp}
                  onKeyDown={(event) => {
                    if (readOnly) return;
                    const delta =
                      event.key === "ArrowUp" || event.key === "ArrowRight"
                        ? 1
                        : event.key === "ArrowDown" || event.key === "ArrowLeft"
                          ? -1
                          : 0;
                    if (delta === 0) return;
                    event.preventDefault();
                    event.stopPropagation();
                    set(curve.personaId, column.id, clampScore(rounded + delta), "record");
                  }}
                />
              );
            })}
          </g>
        );
      })}
    </svg>
  );
});

/**
 * "— assumed  - - measured" at the lane's top left (above the +3 level, so it is on screen wherever
 * the lane starts): the second entry starts after the first one's words, however long they are.
 */
function EmotionLegend({ assumed, measured }: { assumed: string; measured: string }) {
  const second = 24 + Math.ceil(approximateTextWidth(assumed, LEGEND_FONT)) + 16;
  return (
    <g className="jk-emotion-legend" transform="translate(28, 9)">
      <line x1={0} x2={18} y1={0} y2={0} className="jk-emotion-legend-assumed" />
      <text x={24} y={4}>
        {assumed}
      </text>
      <line
        x1={second}
        x2={second + 18}
        y1={0}
        y2={0}
        strokeDasharray="4 3"
        className="jk-emotion-legend-measured"
      />
      <text x={second + 24} y={4}>
        {measured}
      </text>
    </g>
  );
}

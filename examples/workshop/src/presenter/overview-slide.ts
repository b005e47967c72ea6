import { emotionCurve, type JourneyMap, type LabelOptions, type Persona } from "@journeykit/core";
import { measuredEmotion } from "@journeykit/evidence";
import { type SlideMetric, slideMetrics } from "./stage-slide";

/** One persona's two curves over the stages: as the room drew it, and as customers' data measured it. */
export interface OverviewCurve {
  persona: Persona;
  /** One entry per stage, in order: -3..3 or null for a gap. */
  room: (number | null)[];
  /** Present when evidence measured at least one stage for this persona. */
  measured?: (number | null)[];
}

/** The opening slide: the journey at a glance. */
export interface OverviewSlide {
  stages: { id: string; name: string; headline?: SlideMetric }[];
  curves: OverviewCurve[];
  /** Metrics of the whole journey (no stage, no touchpoint). */
  metrics: SlideMetric[];
}

const HEADLINE_KINDS = ["NPS", "CSAT", "CES"] as const;

/**
 * The presenter's overview: every stage with its headline rating (its NPS, else CSAT, else CES;
 * measured before typed), each persona's curve as the room drew it and as measured, and the metrics
 * of the whole journey.
 *
 * @example
 * overviewSlide(map).stages.map((s) => s.headline?.figure); // ["NPS +10 ±25 · n=30", undefined, ...]
 */
export function overviewSlide(map: JourneyMap, options?: LabelOptions): OverviewSlide {
  const stages = map.stages.map((stage) => {
    const own = slideMetrics(
      map,
      map.metrics.filter((m) => m.stageId === stage.id && m.touchpointId === undefined),
      options,
    );
    const headline = HEADLINE_KINDS.map((kind) => own.find((m) => m.metric.kind === kind)).find(Boolean);
    return headline ? { id: stage.id, name: stage.name, headline } : { id: stage.id, name: stage.name };
  });
  const curves = map.personas.map((persona): OverviewCurve => {
    const room = emotionCurve(map, persona.id).map((entry) => entry.score);
    const measuredAny = map.emotions.some((e) => e.personaId === persona.id && e.evidence === "measured");
    if (!measuredAny) return { persona, room };
    return { persona, room, measured: measuredEmotion(map, persona.id).map((entry) => entry.measured) };
  });
  return {
    stages,
    curves,
    metrics: slideMetrics(
      map,
      map.metrics.filter((m) => m.stageId === undefined && m.touchpointId === undefined),
      options,
    ),
  };
}

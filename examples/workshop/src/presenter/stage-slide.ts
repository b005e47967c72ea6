import {
  type Card,
  formatEmotionScore,
  type JourneyMap,
  type LabelOptions,
  type Lane,
  type Metric,
  type MomentOfTruth,
  metricFigure,
  metricOwnerFigure,
  metricProvenance,
  type Persona,
  type Quote,
  type Stage,
  stageEmotion,
  type Touchpoint,
} from "@journeykit/core";
import { measuredEmotion } from "@journeykit/evidence";
import type { WorkshopText } from "../i18n/workshop-catalogue";
import { feelingWords } from "../insights/feeling-words";

/** A metric as a slide shows it: its figure (named by its touchpoint when it has one) and provenance. */
export interface SlideMetric {
  metric: Metric;
  /** "NPS −39 ±24 · n=51", or "Card terminal · NPS +43 · n=12" for a touchpoint's metric. */
  figure: string;
  /** Measured from imported evidence ("from 51 responses (survey.csv)"), else typed by the room. */
  measured: boolean;
  detail: string;
}

/** One persona at a stage: the room's score and what customers' data measured, when it did. */
export interface SlideFeeling {
  persona: Persona;
  /** The room's score (`stageEmotion`: the stage point, else the mean of its touchpoint points). */
  score: number | null;
  emotion?: string;
  /** What customers' ratings say, in words: "−1.2 ±0.7, from NPS −39 ±24, n=51". */
  measured?: string;
}

/** Everything the presenter shows for one stage. */
export interface StageSlide {
  stage: Stage;
  emotions: SlideFeeling[];
  metrics: SlideMetric[];
  /** At most two: the most negative and the most positive the stage holds (by their sentiment). */
  quotes: Quote[];
  touchpoints: Touchpoint[];
  moments: MomentOfTruth[];
  lanes: { lane: Lane; cards: Card[] }[];
}

/**
 * A slide's metrics: every metric of a place, its figure by the core label rules (written as `options`
 * says: the app's language; the map's locale by default), measured ones first.
 *
 * @example
 * slideMetrics(map, map.metrics.filter((m) => m.stageId === pay.id))[0].figure; // "NPS −39 ±24 · n=51"
 */
export function slideMetrics(
  map: JourneyMap,
  metrics: readonly Metric[],
  options: LabelOptions = { locale: map.locale },
): SlideMetric[] {
  return metrics
    .map((metric) => {
      const provenance = metricProvenance(map, metric, options);
      return {
        metric,
        figure:
          metric.touchpointId === undefined
            ? metricFigure(metric, options)
            : metricOwnerFigure(map, metric, options),
        measured: provenance.measured,
        detail: provenance.detail,
      };
    })
    .sort((a, b) => Number(b.measured) - Number(a.measured));
}

/** The most negative and the most positive quote of a list (by sentiment), else its first two. */
function tellingQuotes(quotes: readonly Quote[]): Quote[] {
  const scored = quotes.filter((q) => q.sentiment !== undefined);
  if (scored.length < 2) return quotes.slice(0, 2);
  const sorted = [...scored].sort((a, b) => a.sentiment! - b.sentiment!);
  const [low, high] = [sorted[0]!, sorted.at(-1)!];
  return low.sentiment === high.sentiment ? [low] : [low, high];
}

/**
 * The content of the presenter slide for the stage at `index`, or undefined when there is none; its
 * words in `text`'s language (numbers as the map's locale writes them without it).
 */
export function stageSlide(map: JourneyMap, index: number, text?: WorkshopText): StageSlide | undefined {
  const stage = map.stages[index];
  if (!stage) return undefined;
  const emotions = map.personas.map((persona): SlideFeeling => {
    // The room's curve, with what customers' data measured beside it (never averaged into it).
    const stagePoint = map.emotions.find(
      (e) =>
        e.personaId === persona.id &&
        e.stageId === stage.id &&
        e.touchpointId === undefined &&
        e.evidence !== "measured",
    );
    const measured = map.emotions.some((e) => e.personaId === persona.id && e.evidence === "measured")
      ? measuredEmotion(map, persona.id).find((e) => e.stageId === stage.id)
      : undefined;
    const feeling: SlideFeeling = { persona, score: stageEmotion(map, persona.id, stage.id) };
    if (stagePoint?.emotion) feeling.emotion = stagePoint.emotion;
    if (measured?.feeling) feeling.measured = feelingWords(measured.feeling, text);
    else if (measured && measured.measured !== null) feeling.measured = formatEmotionScore(measured.measured);
    return feeling;
  });
  const lanes = map.lanes
    .filter((lane) => lane.kind !== "emotions")
    .map((lane) => ({ lane, cards: map.cards.filter((c) => c.laneId === lane.id && c.stageId === stage.id) }))
    .filter((entry) => entry.cards.length > 0);
  const touchpoints = map.touchpoints.filter((t) => t.stageId === stage.id);
  const atStage = new Set([stage.id, ...touchpoints.map((t) => t.id)]);
  return {
    stage,
    emotions,
    metrics: slideMetrics(
      map,
      map.metrics.filter(
        (m) => m.stageId === stage.id || (m.touchpointId !== undefined && atStage.has(m.touchpointId)),
      ),
      text?.labels,
    ),
    quotes: tellingQuotes(map.quotes.filter((q) => q.stageId === stage.id)),
    touchpoints,
    moments: map.momentsOfTruth.filter((m) => m.stageId === stage.id),
    lanes,
  };
}

import { type Card, type JourneyMap, type MomentAtRisk, momentsAtRisk } from "@journeykit/core";

/** A card the summary lists, with the stage it sits in. */
export interface SummaryCard {
  card: Card;
  stageName: string;
}

/** The closing slide: what the room should act on. */
export interface SummarySlide {
  /** Important moments of truth that fail or feel bad, worst first (`momentsAtRisk`), at most 3. */
  moments: MomentAtRisk[];
  /** Pain points, most voted first, then most severe; at most 5. */
  painPoints: SummaryCard[];
  /** Opportunities, most voted first; at most 5. */
  opportunities: SummaryCard[];
}

const LISTED = 5;

/** The cards of one lane kind, most voted first (then most severe, then in map order). */
function topCards(map: JourneyMap, kind: "painPoints" | "opportunities"): SummaryCard[] {
  const lanes = new Set(map.lanes.filter((lane) => lane.kind === kind).map((lane) => lane.id));
  const stageNames = new Map(map.stages.map((stage) => [stage.id, stage.name] as const));
  return map.cards
    .filter((card) => lanes.has(card.laneId) && card.text.trim() !== "")
    .map((card, order) => ({ card, order }))
    .sort(
      (a, b) =>
        (b.card.votes ?? 0) - (a.card.votes ?? 0) ||
        (b.card.severity ?? 0) - (a.card.severity ?? 0) ||
        a.order - b.order,
    )
    .slice(0, LISTED)
    .map(({ card }) => ({ card, stageName: stageNames.get(card.stageId) ?? "" }));
}

/**
 * The presenter's closing summary: the moments at risk, the top pain points and the top
 * opportunities, so a workshop ends on what to do next.
 *
 * @example
 * summarySlide(map).painPoints[0].card.text; // "Card machine fails" (7 votes)
 */
export function summarySlide(map: JourneyMap): SummarySlide {
  return {
    moments: momentsAtRisk(map).slice(0, 3),
    painPoints: topCards(map, "painPoints"),
    opportunities: topCards(map, "opportunities"),
  };
}

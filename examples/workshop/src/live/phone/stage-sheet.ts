import { VOTABLE_LANE_KINDS } from "@journeykit/collab";
import type { Card, JourneyMap, Lane, LaneKind, Touchpoint } from "@journeykit/core";

/** Lanes whose content is not cards (a curve, figures): the full map shows them, a phone does not. */
const NOT_ON_A_PHONE: readonly LaneKind[] = ["emotions", "metrics"];

/** One lane of a stage as a phone lists it. */
export interface SheetLane {
  lane: Lane;
  /** The lane's cards in this stage, in the map's order (as the canvas stacks them). */
  cards: Card[];
  /** The stage's touchpoints: only in the map's first Touchpoints lane, where the editor keeps them. */
  touchpoints: Touchpoint[] | undefined;
  /** Its cards take dots (pain points and opportunities: the server refuses dots on any other). */
  votable: boolean;
}

/**
 * What a phone shows of one stage: its lanes top to bottom (all but the emotion curve and metrics),
 * each with its cards, and the Touchpoints lane with the stage's touchpoints. One pass over the cards.
 *
 * @example
 * stageSheet(map, map.stages[0].id).map(({ lane, cards }) => `${lane.title}: ${cards.length}`);
 */
export function stageSheet(map: JourneyMap, stageId: string): SheetLane[] {
  const byLane = new Map<string, Card[]>();
  for (const card of map.cards) {
    if (card.stageId !== stageId) continue;
    const list = byLane.get(card.laneId);
    if (list) list.push(card);
    else byLane.set(card.laneId, [card]);
  }
  const touchpointsLane = map.lanes.find((lane) => lane.kind === "touchpoints");
  return map.lanes
    .filter((lane) => !NOT_ON_A_PHONE.includes(lane.kind))
    .map((lane) => ({
      lane,
      cards: byLane.get(lane.id) ?? [],
      touchpoints:
        lane === touchpointsLane ? map.touchpoints.filter((tp) => tp.stageId === stageId) : undefined,
      votable: VOTABLE_LANE_KINDS.includes(lane.kind),
    }));
}

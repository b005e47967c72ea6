import type { JourneyMap } from "@journeykit/core";
import type { JourneyMapState } from "../store/create-journey-map-store.js";
import { recordById } from "../store/record-index.js";
import { activeGridItem, type GridItem, touchpointsLaneOf } from "./grid-item.js";

/** The node id of a touchpoint box on the canvas (also what keeps it drawn on a big map). */
export const touchpointNodeId = (id: string) => `touchpoint:${id}`;

/**
 * What to keep drawn for a grid item (`DrawnPart.keep`): a card's id and its cell's node id, a
 * touchpoint's node id and its cell's, a cell's node id; nothing for headers (always drawn) or a card that no longer exists.
 */
export function nodeIdsOf(map: JourneyMap, item: GridItem): string[] {
  if (item.kind === "cell") return [`cell:${item.laneId}:${item.stageId}`];
  if (item.kind === "touchpoint") {
    const touchpoint = recordById(map.touchpoints, item.id);
    const lane = touchpointsLaneOf(map);
    return touchpoint && lane ? [touchpointNodeId(item.id), `cell:${lane.id}:${touchpoint.stageId}`] : [];
  }
  if (item.kind !== "card") return [];
  const card = recordById(map.cards, item.id);
  return card ? [card.id, `cell:${card.laneId}:${card.stageId}`] : [];
}

/**
 * The nodes drawn wherever the viewport is, as one string (a store selector's result, equal while
 * they are): the keyboard's Tab stop (selected card, stage or lane, else the focused cell), the card
 * being edited and the keyboard user's place (`focusTarget`, where focus is or goes next), each with
 * its cell. The Tab stop is always in the page, a card being typed in keeps its text field when the map
 * pans away, and a place asked for off screen (an arrow key, an undo) is drawn in the same render that
 * asks, so the canvas can focus it and pan to it.
 */
export function keptNodeIds(
  state: Pick<JourneyMapState, "map" | "selection" | "focusedCell" | "editingCardId"> &
    Partial<Pick<JourneyMapState, "focusTarget">>,
) {
  const ids: string[] = [];
  const active = activeGridItem(state);
  if (active) ids.push(...nodeIdsOf(state.map, active));
  if (state.editingCardId) ids.push(...nodeIdsOf(state.map, { kind: "card", id: state.editingCardId }));
  const place = state.focusTarget;
  if (place && place.kind !== "emotion") ids.push(...nodeIdsOf(state.map, place));
  return ids.join("\n");
}

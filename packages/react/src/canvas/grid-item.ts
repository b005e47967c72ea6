import type { JourneyMap } from "@journeykit/core";
import type { JourneyMapState } from "../store/create-journey-map-store.js";
import { recordById } from "../store/record-index.js";

/**
 * A place in the keyboard grid of the map: a stage header (column header), a lane header (row header),
 * a lane x stage cell, a card inside a cell, or a touchpoint (in its stage's Touchpoints cell, above
 * the cards; a chip in the stage header when the map has no Touchpoints lane).
 */
export type GridItem =
  | { kind: "cell"; laneId: string; stageId: string }
  | { kind: "card"; id: string }
  | { kind: "touchpoint"; id: string }
  | { kind: "stage"; id: string }
  | { kind: "lane"; id: string };

/** The kinds of grid item that are a record of the map, named by id. */
type RecordKind = Exclude<GridItem["kind"], "cell">;
const RECORD_KINDS: ReadonlySet<string> = new Set<RecordKind>(["card", "touchpoint", "stage", "lane"]);
const isRecordKind = (kind: string | undefined): kind is RecordKind =>
  kind !== undefined && RECORD_KINDS.has(kind);

/**
 * The one grid item that is a Tab stop (roving tabindex): the selected card, touchpoint, stage or lane,
 * else the focused cell, else the first cell.
 */
export function activeGridItem(
  state: Pick<JourneyMapState, "map" | "selection" | "focusedCell">,
): GridItem | null {
  const { map, selection, focusedCell } = state;
  if (selection?.kind === "card" && recordById(map.cards, selection.id))
    return { kind: "card", id: selection.id };
  if (selection?.kind === "touchpoint" && recordById(map.touchpoints, selection.id))
    return { kind: "touchpoint", id: selection.id };
  if (selection?.kind === "stage" && recordById(map.stages, selection.id))
    return { kind: "stage", id: selection.id };
  if (selection?.kind === "lane" && recordById(map.lanes, selection.id))
    return { kind: "lane", id: selection.id };
  if (focusedCell && recordById(map.lanes, focusedCell.laneId) && recordById(map.stages, focusedCell.stageId))
    return { kind: "cell", ...focusedCell };
  const [lane, stage] = [map.lanes[0], map.stages[0]];
  return lane && stage ? { kind: "cell", laneId: lane.id, stageId: stage.id } : null;
}

/** Whether two grid items are the same place. */
export function sameGridItem(a: GridItem | null, b: GridItem): boolean {
  if (!a || a.kind !== b.kind) return false;
  if (a.kind === "cell" && b.kind === "cell") return a.laneId === b.laneId && a.stageId === b.stageId;
  return (a as { id: string }).id === (b as { id: string }).id;
}

/** The grid item an element of the canvas stands for (its `data-grid` attributes), if any. */
export function gridItemOf(element: EventTarget | null): GridItem | null {
  if (!(element instanceof HTMLElement)) return null;
  const kind = element.dataset.grid;
  if (kind === "cell") {
    const { gridLane, gridStage } = element.dataset;
    return gridLane && gridStage ? { kind, laneId: gridLane, stageId: gridStage } : null;
  }
  const id = element.dataset.gridId;
  return id && isRecordKind(kind) ? { kind, id } : null;
}

/** The `data-*` attributes that make an element a grid item (read back by `gridItemOf`). */
export function gridItemAttributes(item: GridItem): Record<string, string> {
  return item.kind === "cell"
    ? { "data-grid": "cell", "data-grid-lane": item.laneId, "data-grid-stage": item.stageId }
    : { "data-grid": item.kind, "data-grid-id": item.id };
}

const quoted = (value: string) => value.replace(/["\\]/g, "\\$&");

/** A CSS selector for a grid item's element. */
export function gridItemSelector(item: GridItem): string {
  return item.kind === "cell"
    ? `[data-grid="cell"][data-grid-lane="${quoted(item.laneId)}"][data-grid-stage="${quoted(item.stageId)}"]`
    : `[data-grid="${item.kind}"][data-grid-id="${quoted(item.id)}"]`;
}

/** The cell a card, touchpoint (of a Touchpoints lane) or cell is in. */
export function cellOfItem(map: JourneyMap, item: GridItem): { laneId: string; stageId: string } | null {
  if (item.kind === "cell") return { laneId: item.laneId, stageId: item.stageId };
  if (item.kind === "touchpoint") {
    const touchpoint = recordById(map.touchpoints, item.id);
    const lane = touchpointsLaneOf(map);
    return touchpoint && lane ? { laneId: lane.id, stageId: touchpoint.stageId } : null;
  }
  if (item.kind !== "card") return null;
  const card = recordById(map.cards, item.id);
  return card ? { laneId: card.laneId, stageId: card.stageId } : null;
}

/** The DOM id of a grid item's element in editor `instanceId` (what the ARIA grid's rows own). */
export function gridElementId(instanceId: string, item: GridItem): string {
  return item.kind === "cell"
    ? `${instanceId}-cell-${item.laneId}-${item.stageId}`
    : `${instanceId}-${item.kind}-${item.id}`;
}

/** The lane the canvas draws touchpoints in (the map's first Touchpoints lane), if any. */
export function touchpointsLaneOf(map: JourneyMap): JourneyMap["lanes"][number] | undefined {
  return map.lanes.find((lane) => lane.kind === "touchpoints");
}

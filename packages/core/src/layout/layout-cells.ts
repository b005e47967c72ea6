import type { Card } from "../records/card.js";
import type { JourneyMap } from "../records/journey-map.js";
import type { Touchpoint } from "../records/touchpoint.js";
import type { MemoState } from "./layout-memo.js";
import {
  BADGE_ROW,
  CARD_MAX_LINES,
  CARD_PADDING,
  CELL_PADDING,
  METRIC_LINE,
  MIN_CARD_HEIGHT,
  type ResolvedLayout,
  SINGLE_COLUMN_MAX,
  TOUCHPOINT_HEIGHT,
} from "./layout-options.js";
import { wrapText } from "./measure-text.js";

/** A card measured at the two-abreast card width. */
export interface MeasuredCard {
  id: string;
  text: string;
  lines: string[];
  height: number;
  hasBadges: boolean;
}

/** What one lane x stage cell holds: touchpoints (touchpoints lane only) above cards, in document order. */
export interface CellContents {
  touchpoints: Touchpoint[];
  cards: MeasuredCard[];
}

/** The contents of every cell, and the rules for how they stack. */
export interface Cells {
  get(laneId: string, stageId: string): CellContents;
  /** Cards abreast in a cell: 1, or 2 when it holds more than `SINGLE_COLUMN_MAX` cards. */
  columns(laneId: string, stageId: string): number;
  /** Height of the cell's content with its padding; 0 when empty. */
  height(laneId: string, stageId: string): number;
  /** Height a touchpoint takes in the touchpoints lane: its box and the metric rows under it. */
  touchpointHeight(touchpointId: string): number;
}

const EMPTY: CellContents = { touchpoints: [], cards: [] };

/** A card's height for its lines (and badge row). */
export function cardHeight(lineCount: number, hasBadges: boolean, r: ResolvedLayout): number {
  return Math.max(MIN_CARD_HEIGHT, 2 * CARD_PADDING + lineCount * r.lineHeight + (hasBadges ? BADGE_ROW : 0));
}

/** Lane -> stage -> contents (no key string built per card). */
export type CellGrid = Map<string, Map<string, CellContents>>;

/** Every card and touchpoint sorted into its cell. */
function grouped(map: JourneyMap, measuredCard: (card: Card) => MeasuredCard): CellGrid {
  const cells: CellGrid = new Map();
  const cell = (laneId: string, stageId: string) => {
    let stages = cells.get(laneId);
    if (!stages) {
      stages = new Map();
      cells.set(laneId, stages);
    }
    let found = stages.get(stageId);
    if (!found) {
      found = { touchpoints: [], cards: [] };
      stages.set(stageId, found);
    }
    return found;
  };
  for (const card of map.cards) cell(card.laneId, card.stageId).cards.push(measuredCard(card));
  const touchpointsLane = map.lanes.find((l) => l.kind === "touchpoints");
  if (touchpointsLane)
    for (const tp of map.touchpoints) cell(touchpointsLane.id, tp.stageId).touchpoints.push(tp);
  return cells;
}

/** More changed cards than this and sorting all cards again is as cheap. */
const MAX_CHANGED = 64;

/**
 * The memo's last cells with the cards an edit replaced in place (same id, lane and stage, at the same
 * index of the list): only their cells get new contents. `undefined` when the edit did more (cards
 * added, removed, moved or reordered; touchpoints or lanes changed).
 */
function regrouped(
  map: JourneyMap,
  memo: MemoState,
  measuredCard: (card: Card) => MeasuredCard,
): CellGrid | undefined {
  const last = memo.grouping;
  if (!last || last.touchpoints !== map.touchpoints || last.lanes !== map.lanes) return undefined;
  const [before, after] = [last.cards, map.cards];
  if (before === after) return last.cells;
  if (before.length !== after.length) return undefined;
  const changed: number[] = [];
  for (let i = 0; i < after.length; i++) {
    const [a, b] = [before[i]!, after[i]!];
    if (a === b) continue;
    if (a.id !== b.id || a.laneId !== b.laneId || a.stageId !== b.stageId) return undefined;
    if (changed.push(i) > MAX_CHANGED) return undefined;
  }
  const cells: CellGrid = new Map(last.cells);
  for (const i of changed) {
    const [a, b] = [before[i]!, after[i]!];
    const stages = new Map(cells.get(b.laneId));
    const contents = stages.get(b.stageId);
    const old = memo.measured.get(a);
    if (!contents || !old) return undefined;
    const cards = [...contents.cards];
    const at = cards.indexOf(old);
    if (at < 0) return undefined;
    cards[at] = measuredCard(b);
    stages.set(b.stageId, { touchpoints: contents.touchpoints, cards });
    cells.set(b.laneId, stages);
  }
  return cells;
}

/**
 * Sort cards (and touchpoints, into the map's first touchpoints lane) into their cells, with text
 * wrapped at the two-abreast card width (a card record the memo has seen is not wrapped again).
 * A touchpoint takes its box's height (`boxHeight`: taller when its name takes two lines) plus a row
 * per metric of its own (`metricRows`).
 */
export function measureCells(
  map: JourneyMap,
  r: ResolvedLayout,
  memo: MemoState,
  touchpoint: { metricRows?: (id: string) => number; boxHeight?: (id: string) => number } = {},
): Cells {
  const { metricRows = () => 0, boxHeight = () => TOUCHPOINT_HEIGHT } = touchpoint;
  const { o, measure, cardFont } = r;
  const textWidth = o.cardWidth - 2 * CARD_PADDING;
  const measuredCard = (card: Card): MeasuredCard => {
    let measured = memo.measured.get(card);
    if (!measured) {
      const text = card.text || " ";
      const lines = wrapText(text, textWidth, measure, cardFont, CARD_MAX_LINES);
      const hasBadges =
        card.severity !== undefined ||
        card.impact !== undefined ||
        card.effort !== undefined ||
        (card.votes ?? 0) > 0;
      measured = { id: card.id, text, lines, height: cardHeight(lines.length, hasBadges, r), hasBadges };
      memo.measured.set(card, measured);
    }
    return measured;
  };
  const cells = regrouped(map, memo, measuredCard) ?? grouped(map, measuredCard);
  memo.grouping = { cards: map.cards, touchpoints: map.touchpoints, lanes: map.lanes, cells };

  const get = (laneId: string, stageId: string) => cells.get(laneId)?.get(stageId) ?? EMPTY;
  const touchpointHeight = (touchpointId: string) => {
    const rows = metricRows(touchpointId);
    return boxHeight(touchpointId) + (rows > 0 ? rows * METRIC_LINE + 2 : 0);
  };
  const columns = (laneId: string, stageId: string) =>
    get(laneId, stageId).cards.length > SINGLE_COLUMN_MAX ? 2 : 1;
  const height = (laneId: string, stageId: string) => {
    const { touchpoints, cards } = get(laneId, stageId);
    if (touchpoints.length + cards.length === 0) return 0;
    const across = columns(laneId, stageId);
    let total = 0;
    for (const tp of touchpoints) total += touchpointHeight(tp.id) + o.cardGap;
    for (let i = 0; i < cards.length; i += across) {
      let row = 0;
      for (let j = i; j < i + across && j < cards.length; j++) row = Math.max(row, cards[j]!.height);
      total += row + o.cardGap;
    }
    return total - o.cardGap + 2 * CELL_PADDING;
  };
  return { get, columns, height, touchpointHeight };
}

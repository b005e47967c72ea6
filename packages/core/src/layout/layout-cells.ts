import type { JourneyMap } from "../records/journey-map.js";
import type { Touchpoint } from "../records/touchpoint.js";
import type { MemoState } from "./layout-memo.js";
import {
  BADGE_ROW,
  CARD_MAX_LINES,
  CARD_PADDING,
  CELL_PADDING,
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
}

const EMPTY: CellContents = { touchpoints: [], cards: [] };

/** A card's height for its lines (and badge row). */
export function cardHeight(lineCount: number, hasBadges: boolean, r: ResolvedLayout): number {
  return Math.max(MIN_CARD_HEIGHT, 2 * CARD_PADDING + lineCount * r.lineHeight + (hasBadges ? BADGE_ROW : 0));
}

/**
 * Sort cards (and touchpoints, into the map's first touchpoints lane) into their cells, with text
 * wrapped at the two-abreast card width (a card record the memo has seen is not wrapped again).
 */
export function measureCells(map: JourneyMap, r: ResolvedLayout, memo: MemoState): Cells {
  const { o, measure, cardFont } = r;
  // Lane -> stage -> contents: no key string built per card.
  const cells = new Map<string, Map<string, CellContents>>();
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
  const textWidth = o.cardWidth - 2 * CARD_PADDING;
  for (const card of map.cards) {
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
    cell(card.laneId, card.stageId).cards.push(measured);
  }
  const touchpointsLane = map.lanes.find((l) => l.kind === "touchpoints");
  if (touchpointsLane)
    for (const tp of map.touchpoints) cell(touchpointsLane.id, tp.stageId).touchpoints.push(tp);

  const get = (laneId: string, stageId: string) => cells.get(laneId)?.get(stageId) ?? EMPTY;
  const columns = (laneId: string, stageId: string) =>
    get(laneId, stageId).cards.length > SINGLE_COLUMN_MAX ? 2 : 1;
  const height = (laneId: string, stageId: string) => {
    const { touchpoints, cards } = get(laneId, stageId);
    if (touchpoints.length + cards.length === 0) return 0;
    const across = columns(laneId, stageId);
    let total = touchpoints.length * (TOUCHPOINT_HEIGHT + o.cardGap);
    for (let i = 0; i < cards.length; i += across) {
      let row = 0;
      for (let j = i; j < i + across && j < cards.length; j++) row = Math.max(row, cards[j]!.height);
      total += row + o.cardGap;
    }
    return total - o.cardGap + 2 * CELL_PADDING;
  };
  return { get, columns, height };
}

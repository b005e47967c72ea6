import { documentIndex } from "../document-index/document-index.js";
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
  touchpoints: readonly Touchpoint[];
  cards: readonly MeasuredCard[];
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

/** A cell's contents and the index's lists they were measured from. */
export interface MeasuredCell {
  cards: readonly Card[];
  touchpoints: readonly Touchpoint[];
  contents: CellContents;
}

/** Lane -> stage -> measured cell (no key string built per cell). */
export type CellGrid = Map<string, Map<string, MeasuredCell>>;

const NO_TOUCHPOINTS: readonly Touchpoint[] = [];

/**
 * The contents of a cell, from the document index's lists (`documentIndex`): the same object as the
 * last layout's while those lists are the same (an edit elsewhere leaves them), else measured again.
 */
function cellContents(
  lists: Pick<MeasuredCell, "cards" | "touchpoints">,
  last: MeasuredCell | undefined,
  measuredCard: (card: Card) => MeasuredCard,
): MeasuredCell {
  const { cards, touchpoints } = lists;
  if (last && last.cards === cards && last.touchpoints === touchpoints) return last;
  const empty = cards.length + touchpoints.length === 0;
  return { cards, touchpoints, contents: empty ? EMPTY : { touchpoints, cards: cards.map(measuredCard) } };
}

/**
 * The cards (and touchpoints, in the map's first touchpoints lane) of each cell, from the document
 * index, with text
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
  const index = documentIndex(map);
  const touchpointsLane = map.lanes.find((l) => l.kind === "touchpoints")?.id;
  const last = memo.grouping;
  const cells: CellGrid = new Map();
  memo.grouping = cells;
  const get = (laneId: string, stageId: string): CellContents => {
    let stages = cells.get(laneId);
    const known = stages?.get(stageId);
    if (known) return known.contents;
    const lists = {
      cards: index.cardsInCell(stageId, laneId),
      touchpoints: laneId === touchpointsLane ? index.touchpointsInStage(stageId) : NO_TOUCHPOINTS,
    };
    const cell = cellContents(lists, last?.get(laneId)?.get(stageId), measuredCard);
    if (!stages) {
      stages = new Map();
      cells.set(laneId, stages);
    }
    stages.set(stageId, cell);
    return cell.contents;
  };
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

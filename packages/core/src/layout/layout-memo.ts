import type { Card } from "../records/card.js";
import type { CardBox } from "./journey-layout.js";
import type { CellGrid, MeasuredCard } from "./layout-cells.js";
import type { ResolvedLayout } from "./layout-options.js";

/**
 * What one layout hands to the next (`layoutJourneyMap(map, { memo })`), so an edit re-measures only
 * what it changed: each card's wrapped text (kept per card record, which an edit replaces only for the
 * cards it touches) and each cell's card boxes (kept while the cell's cards, its column and its lane's
 * place are unchanged; then the same box objects come back). Results are identical to a layout
 * without a memo. One memo per canvas (or per series of layouts of one document); options that differ
 * from the previous call's start it afresh.
 *
 * @example
 * const memo = createLayoutMemo();
 * let layout = layoutJourneyMap(map, { memo });
 * layout = layoutJourneyMap(updateCard(map, { id, text: "New" }), { memo }); // re-wraps one card
 */
export interface LayoutMemo {
  readonly kind: "layoutMemo";
}

/** A cell's card boxes and what they were made from. */
export interface CellBoxes {
  measured: readonly MeasuredCard[];
  /** Height of the touchpoints (and their metric rows) above the cards. */
  touchpoints: number;
  laneKind: string;
  x: number;
  y: number;
  width: number;
  boxes: CardBox[];
}

/** The memo's contents, for the layout steps. */
export interface MemoState {
  /** The options (and measurer) the entries below were made with. */
  options: ResolvedLayout | undefined;
  /** A card record's text wrapped at the two-abreast width. */
  measured: WeakMap<Card, MeasuredCard>;
  /** A measured card re-wrapped to the width of a one-column cell. */
  wide: WeakMap<MeasuredCard, { width: number; lines: string[]; height: number }>;
  /** By lane and stage id. */
  cells: Map<string, CellBoxes>;
  /** The last layout's measured cells, and the index's lists each was measured from. */
  grouping?: CellGrid;
}

const states = new WeakMap<LayoutMemo, MemoState>();

/** A new, empty layout memo. */
export function createLayoutMemo(): LayoutMemo {
  const memo: LayoutMemo = Object.freeze({ kind: "layoutMemo" as const });
  states.set(memo, freshState(undefined));
  return memo;
}

function freshState(options: ResolvedLayout | undefined): MemoState {
  return { options, measured: new WeakMap(), wide: new WeakMap(), cells: new Map() };
}

/**
 * The memo's state for a layout with options `r`: emptied when they differ from the last call's in any
 * value that shapes cards (or the measurer is another function). Without a memo, a state used once.
 */
export function memoState(memo: LayoutMemo | undefined, r: ResolvedLayout): MemoState {
  if (!memo) return freshState(r);
  const state = states.get(memo);
  if (!state) throw new Error("layoutJourneyMap: options.memo is not a memo from createLayoutMemo()");
  if (state.options && sameShaping(state.options, r)) return state;
  const fresh = freshState(r);
  states.set(memo, fresh);
  return fresh;
}

function sameShaping(a: ResolvedLayout, b: ResolvedLayout): boolean {
  return (
    a.measure === b.measure &&
    a.o.cardWidth === b.o.cardWidth &&
    a.o.cardGap === b.o.cardGap &&
    a.o.cardFontSize === b.o.cardFontSize &&
    a.o.emotionLaneHeight === b.o.emotionLaneHeight &&
    a.lineHeight === b.lineHeight
  );
}

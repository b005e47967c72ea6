import type { CardBox, LaneRow, StageColumn } from "./journey-layout.js";
import { type Cells, cardHeight, type MeasuredCard } from "./layout-cells.js";
import { contentTop } from "./layout-lanes.js";
import type { CellBoxes, MemoState } from "./layout-memo.js";
import { CARD_MAX_LINES, CARD_PADDING, CELL_PADDING, type ResolvedLayout } from "./layout-options.js";
import { wrapText } from "./measure-text.js";

/**
 * Card boxes in every cell, in document order, below the cell's touchpoints: one column filling the
 * cell (text re-wrapped to the wider box), or two abreast in a crowded cell (rows as tall as their
 * tallest card). A cell whose cards, column and lane place are as in the memo's last layout gives
 * back the same box objects.
 */
export function layoutCards(
  stages: StageColumn[],
  lanes: LaneRow[],
  cells: Cells,
  r: ResolvedLayout,
  memo: MemoState,
): CardBox[] {
  const cards: CardBox[] = [];
  const kept = new Map<string, CellBoxes>();
  for (const lane of lanes) {
    for (const column of stages) {
      const { cards: list, touchpoints } = cells.get(lane.id, column.id);
      if (list.length === 0) continue;
      const above = touchpointsBlock(touchpoints, cells, r);
      const key = `${lane.id}\u0000${column.id}`;
      let cell = memo.cells.get(key);
      if (
        !cell ||
        cell.x !== column.x ||
        cell.y !== lane.y ||
        cell.width !== column.width ||
        cell.laneKind !== lane.kind ||
        cell.touchpoints !== above ||
        !sameItems(cell.measured, list)
      ) {
        cell = {
          measured: list,
          touchpoints: above,
          laneKind: lane.kind,
          x: column.x,
          y: lane.y,
          width: column.width,
          boxes: cellBoxes(column, lane, cells, r, memo),
        };
      }
      kept.set(key, cell);
      for (const box of cell.boxes) cards.push(box);
    }
  }
  memo.cells = kept;
  return cards;
}

/** The height the touchpoints above a cell's cards take (each with its metric rows), gaps included. */
function touchpointsBlock(touchpoints: readonly { id: string }[], cells: Cells, r: ResolvedLayout): number {
  let height = 0;
  for (const tp of touchpoints) height += cells.touchpointHeight(tp.id) + r.o.cardGap;
  return height;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The boxes of one cell's cards. */
function cellBoxes(
  column: StageColumn,
  lane: LaneRow,
  cells: Cells,
  r: ResolvedLayout,
  memo: MemoState,
): CardBox[] {
  const { o, measure, cardFont } = r;
  const boxes: CardBox[] = [];
  const { cards: list, touchpoints } = cells.get(lane.id, column.id);
  const across = cells.columns(lane.id, column.id);
  const width = across === 1 ? column.width - 2 * CELL_PADDING : o.cardWidth;
  let y = lane.y + contentTop(lane.kind, r) + CELL_PADDING + touchpointsBlock(touchpoints, cells, r);
  /** The card's text re-wrapped to the one-column width (kept in the memo per card and width). */
  const wide = (c: MeasuredCard) => {
    const known = memo.wide.get(c);
    if (known && known.width === width) return known;
    const lines = wrapText(c.text, width - 2 * CARD_PADDING, measure, cardFont, CARD_MAX_LINES);
    const made = { width, lines, height: cardHeight(lines.length, c.hasBadges, r) };
    memo.wide.set(c, made);
    return made;
  };
  for (let i = 0; i < list.length; i += across) {
    const row = list.slice(i, i + across);
    const rowHeight = Math.max(...row.map((c) => c.height));
    let placed = rowHeight;
    row.forEach((c, j) => {
      const one = across === 1 ? wide(c) : undefined;
      const height = one ? one.height : rowHeight;
      placed = height;
      boxes.push({
        id: c.id,
        laneId: lane.id,
        stageId: column.id,
        kind: lane.kind,
        x: column.x + CELL_PADDING + j * (o.cardWidth + o.cardGap),
        y,
        width,
        height,
        lines: one ? one.lines : c.lines,
        hasBadges: c.hasBadges,
      });
    });
    y += placed + o.cardGap;
  }
  return boxes;
}

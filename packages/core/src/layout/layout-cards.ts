import type { CardBox, LaneRow, StageColumn } from "./journey-layout.js";
import { type Cells, cardHeight } from "./layout-cells.js";
import { contentTop } from "./layout-lanes.js";
import {
  CARD_MAX_LINES,
  CARD_PADDING,
  CELL_PADDING,
  type ResolvedLayout,
  TOUCHPOINT_HEIGHT,
} from "./layout-options.js";
import { wrapText } from "./measure-text.js";

/**
 * Card boxes in every cell, in document order, below the cell's touchpoints: one column filling the
 * cell (text re-wrapped to the wider box), or two abreast in a crowded cell (rows as tall as their
 * tallest card).
 */
export function layoutCards(
  stages: StageColumn[],
  lanes: LaneRow[],
  cells: Cells,
  r: ResolvedLayout,
): CardBox[] {
  const { o, measure, cardFont } = r;
  const cards: CardBox[] = [];
  for (const lane of lanes) {
    for (const column of stages) {
      const { cards: list, touchpoints } = cells.get(lane.id, column.id);
      const across = cells.columns(lane.id, column.id);
      const width = across === 1 ? column.width - 2 * CELL_PADDING : o.cardWidth;
      let y =
        lane.y +
        contentTop(lane.kind, r) +
        CELL_PADDING +
        touchpoints.length * (TOUCHPOINT_HEIGHT + o.cardGap);
      for (let i = 0; i < list.length; i += across) {
        const row = list.slice(i, i + across);
        const rowHeight = Math.max(...row.map((c) => c.height));
        let placed = rowHeight;
        row.forEach((c, j) => {
          const lines =
            across === 1
              ? wrapText(c.text, width - 2 * CARD_PADDING, measure, cardFont, CARD_MAX_LINES)
              : c.lines;
          const height = across === 1 ? cardHeight(lines.length, c.hasBadges, r) : rowHeight;
          placed = height;
          cards.push({
            id: c.id,
            laneId: lane.id,
            stageId: column.id,
            kind: lane.kind,
            x: column.x + CELL_PADDING + j * (o.cardWidth + o.cardGap),
            y,
            width,
            height,
            lines,
            hasBadges: c.hasBadges,
          });
        });
        y += placed + o.cardGap;
      }
    }
  }
  return cards;
}

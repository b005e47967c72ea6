import { describe, it } from "vitest";
import {
  applyOperation,
  createLayoutMemo,
  type JourneyMap,
  layoutJourneyMap,
  moveCard,
  removeCard,
  updateCard,
} from "../src/index";
import { generateMap } from "./generate-map";

const median = (runs: number[]) => [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
/** Processor time (user + system, ms): other processes on a busy machine move it less than wall time. */
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const time = (fn: () => void, repeat = 5) =>
  median(
    Array.from({ length: repeat }, () => {
      const start = cpu();
      fn();
      return cpu() - start;
    }),
  );
const ms = (n: number) => `${n.toFixed(2)} ms`;

/** Typical edits of a 10,000-card map, by kind. */
const EDITS: [string, (map: JourneyMap, i: number) => JourneyMap][] = [
  [
    "card text",
    (map, i) => {
      const card = map.cards[(i * 7919) % map.cards.length]!;
      return applyOperation(map, updateCard, { id: card.id, changes: { text: `Edited ${i}` } }).map;
    },
  ],
  [
    "move to another cell",
    (map, i) => {
      const card = map.cards[(i * 7919) % map.cards.length]!;
      const other = map.cards[(i * 104729) % map.cards.length]!;
      return applyOperation(map, moveCard, {
        id: card.id,
        laneId: other.laneId,
        stageId: other.stageId,
        index: 1,
      }).map;
    },
  ],
  [
    "move inside a cell",
    (map, i) => {
      const card = map.cards[(i * 7919) % map.cards.length]!;
      return applyOperation(map, moveCard, {
        id: card.id,
        laneId: card.laneId,
        stageId: card.stageId,
        index: 0,
      }).map;
    },
  ],
  [
    "remove a card",
    (map, i) => {
      const card = map.cards[(i * 7919) % map.cards.length]!;
      return applyOperation(map, removeCard, { id: card.id }).map;
    },
  ],
];

/** Per edit, in ms: `count` edits of one kind, each followed by a memoised layout when `layout`. */
function perEdit(
  map: JourneyMap,
  edit: (map: JourneyMap, i: number) => JourneyMap,
  count: number,
  layout: boolean,
) {
  return (
    time(() => {
      const memo = createLayoutMemo();
      let current = map;
      if (layout) layoutJourneyMap(current, { memo });
      for (let i = 0; i < count; i++) {
        current = edit(current, i);
        if (layout) layoutJourneyMap(current, { memo });
      }
    }, 5) / count
  );
}

describe("document index benchmarks (figures, not assertions)", () => {
  it("prints per-edit figures, alone and followed by a memoised layout, for a 10,000-card map", () => {
    const map = generateMap();
    console.log("\n@journeykit/core edits of a 10,000-card map, processor time per edit");
    console.log(`${"edit".padEnd(24)} | ${"edit".padEnd(10)} | edit + memoised layout`);
    for (const [name, edit] of EDITS) {
      const count = name === "remove a card" ? 10 : 100;
      const alone = perEdit(map, edit, count, false);
      const withLayout = perEdit(map, edit, count, true);
      console.log(`${name.padEnd(24)} | ${ms(alone).padEnd(10)} | ${ms(withLayout)}`);
    }
  });
});

import { describe, it } from "vitest";
import {
  applyOperation,
  createHistory,
  type JourneyMap,
  moveCard,
  parseJourneyMap,
  setEmotion,
  updateCard,
} from "../src/index";
import { generateMap } from "./generate-map";

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
};
const median = (runs: number[]) => [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
const time = (fn: () => void, repeat = 7) =>
  median(
    Array.from({ length: repeat }, () => {
      const start = performance.now();
      fn();
      return performance.now() - start;
    }),
  );
const ms = (n: number) => `${n.toFixed(1)} ms`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;

/** 1,000 typical edits: text changes, emotion drags, moves inside a cell. */
function edit(map: JourneyMap, i: number): { op: Parameters<typeof applyOperation>[1]; args: unknown } {
  const card = map.cards[(i * 7919) % map.cards.length]!;
  if (i % 3 === 0)
    return {
      op: setEmotion as never,
      args: { personaId: `p${i % 3}`, stageId: `s${i % 20}`, score: (i % 7) - 3 },
    };
  if (i % 3 === 1)
    return { op: updateCard as never, args: { id: card.id, changes: { text: `Edited ${i}` } } };
  return {
    op: moveCard as never,
    args: { id: card.id, laneId: card.laneId, stageId: card.stageId, index: 0 },
  };
}

describe("core benchmarks (figures, not assertions)", () => {
  it("prints parse, edit and history figures for a 10,000-card map", () => {
    const map = generateMap();
    const text = JSON.stringify(map);
    const rows: [string, string, string, string][] = [];

    const parseBaseline = time(() => JSON.parse(text));
    const parse = time(() => {
      const result = parseJourneyMap(text);
      if (!result.ok) throw new Error(result.errors[0]!.message);
    });
    rows.push([
      "parse + validate (10,000 cards)",
      ms(parse),
      `JSON.parse only: ${ms(parseBaseline)}`,
      "≤ 50 ms",
    ]);

    // 100 snapshots measured, scaled to 1,000 (a full run of clones takes half a minute).
    const editsBaseline =
      10 *
      time(() => {
        let current = map;
        for (let i = 0; i < 100; i++) {
          const snapshot = structuredClone(current);
          snapshot.cards[(i * 7919) % snapshot.cards.length]!.text = `Edited ${i}`;
          current = snapshot;
        }
      }, 1);
    const edits = time(() => {
      const history = createHistory({ limit: 1000 });
      let current = map;
      for (let i = 0; i < 1000; i++) {
        const { op, args } = edit(current, i);
        const applied = applyOperation(current, op, args as never);
        history.record(applied);
        current = applied.map;
      }
    }, 3);
    rows.push([
      "1,000 edits through operations + history",
      ms(edits),
      `1,000 structuredClone snapshots: ≈ ${ms(editsBaseline)} (100 measured ×10)`,
      "≤ 100 ms",
    ]);

    const before = heap();
    const history = createHistory({ limit: 1000 });
    let current = map;
    for (let i = 0; i < 1000; i++) {
      const { op, args } = edit(current, i);
      const applied = applyOperation(current, op, args as never);
      history.record(applied);
      current = applied.map;
    }
    const afterHistory = heap();
    const retained = afterHistory - before;
    const snapshots = [
      structuredClone(map),
      structuredClone(map),
      structuredClone(map),
      structuredClone(map),
      structuredClone(map),
    ];
    const perSnapshot = (heap() - afterHistory) / snapshots.length;
    rows.push([
      "history of 1,000 edits, retained heap",
      mb(retained),
      `1,000 snapshots: ≈ ${mb(perSnapshot * 1000)} (5 measured, extrapolated)`,
      "≤ 5 MB",
    ]);
    rows.push([
      "undo steps held after 1,000 edits (no-op edits are not steps)",
      String(history.size),
      "",
      "",
    ]);

    const width = [58, 12, 58, 10];
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(width[i]!)).join(" | ");
    console.log(
      `\n@journeykit/core benchmarks${gc ? "" : " (run without --expose-gc: memory figures are approximate)"}`,
    );
    console.log(line(["measure", "journeykit", "baseline (same run)", "target"]));
    for (const row of rows) console.log(line(row));
  });
});

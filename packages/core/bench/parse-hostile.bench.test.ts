// Time and memory of parseJourneyMap/validateJourneyMap on the largest hostile inputs the limits allow
// (and some they refuse), beside a normal 1,000-card map parsed in the same run. Target: every input
// within the size limit accepted or refused in ≤ 2 s and ≤ 1 GB. Figures, not assertions.
import { describe, it } from "vitest";
import { LIMITS, parseJourneyMap, validateJourneyMap } from "../src/index";
import {
  largestAllowedEmptyObjects,
  metaEmptyObjects,
  metaLongArray,
  sharedSubObjects,
  sparseArray,
  withTopLevelField,
} from "../test/hostile/parse-recipes";
import { generateMap } from "./generate-map";

const gc = (globalThis as { gc?: () => void }).gc;
const settle = () => {
  gc?.();
  gc?.();
};
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

interface Row {
  name: string;
  outcome: string;
  min: number;
  median: number;
  max: number;
  heap: number;
  peakRss: number;
}

/** Runs `check` `repeat` times on an input built once (building is not timed). */
function measure(name: string, build: () => unknown, check: (input: unknown) => unknown, repeat = 3): Row {
  let input: unknown = build();
  settle();
  const times: number[] = [];
  let heap = 0;
  let outcome = "";
  for (let i = 0; i < repeat; i++) {
    settle();
    const before = process.memoryUsage().heapUsed;
    const start = performance.now();
    const result = check(input) as { ok: boolean; errors?: { message: string }[]; total?: number };
    times.push(performance.now() - start);
    // Heap still held right after the call (its garbage included): what the call needed at least.
    heap = Math.max(heap, process.memoryUsage().heapUsed - before);
    outcome = result.ok
      ? "accepted"
      : `refused: ${result.errors?.[0]?.message.slice(0, 48)}${result.total ? ` (${result.total} errors)` : ""}`;
  }
  input = undefined;
  times.sort((a, b) => a - b);
  return {
    name,
    outcome,
    min: times[0]!,
    median: times[Math.floor(times.length / 2)]!,
    max: times.at(-1)!,
    heap,
    peakRss: process.resourceUsage().maxRSS * 1024,
  };
}

describe("hostile parse inputs (figures, not assertions)", () => {
  it("prints time and memory of the largest hostile inputs beside a normal 1,000-card parse", () => {
    const text = (value: unknown) => (input: unknown) => parseJourneyMap(input ?? value);
    const rows: Row[] = [];
    const normal = JSON.stringify(generateMap({ stages: 10, lanes: 10, cardsPerCell: 10 }));
    rows.push(measure("baseline: normal 1,000-card map (parse)", () => normal, text(normal), 7));
    rows.push(measure("meta-6.6m-empty-objects (19.8 MB text)", () => metaEmptyObjects(), text(undefined)));
    rows.push(measure("array-9.9m-elements (19.8 MB text)", () => metaLongArray(), text(undefined)));
    rows.push(
      measure(
        `largest allowed: ${LIMITS.maxNodes} values of {} in meta`,
        () => largestAllowedEmptyObjects(),
        text(undefined),
      ),
    );
    rows.push(
      measure(
        `largest allowed: ${LIMITS.maxNodes} values, zeros in meta`,
        () => metaLongArray(LIMITS.maxNodes - 60),
        text(undefined),
      ),
    );
    rows.push(
      measure(
        "50,000 cards (max per kind, 6.8 MB)",
        () => JSON.stringify(generateMap({ stages: 20, lanes: 10, cardsPerCell: 250 })),
        text(undefined),
      ),
    );
    rows.push(
      measure(
        "50,000 cards x 18 tags (≈ 1M values, record schemas)",
        () => {
          const map = generateMap({ stages: 20, lanes: 10, cardsPerCell: 250 });
          for (const card of map.cards) card.tags = Array.from({ length: 18 }, (_, i) => `t${i}`);
          const t = JSON.stringify(map);
          return t.length <= LIMITS.maxInputLength ? t : t.slice(0, 0);
        },
        text(undefined),
      ),
    );
    rows.push(
      measure(
        "19.9 MB of card text (1,000 cards x 19,900 chars)",
        () => {
          const map = generateMap({ stages: 10, lanes: 10, cardsPerCell: 10 });
          for (const card of map.cards) card.text = "w".repeat(19_900);
          return JSON.stringify(map);
        },
        text(undefined),
      ),
    );
    rows.push(
      measure(
        "300,000 wrong values in meta (errors capped)",
        () => withTopLevelField(`"meta":{"x":[${"1e999,".repeat(299_999)}1e999]}`),
        text(undefined),
      ),
    );
    rows.push(
      measure("dag-depth-40 (in memory, shared sub-objects)", () => sharedSubObjects(40), validateJourneyMap),
    );
    rows.push(measure("sparse-array-2^32-1 (in memory)", () => sparseArray(), validateJourneyMap));

    const width = [56, 58, 34, 10, 10];
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(width[i]!)).join(" | ");
    const ms = (n: number) => n.toFixed(0);
    const base = rows[0]!.median;
    console.log(
      `\n@journeykit/core hostile parse inputs (target ≤ 2 s, ≤ 1 GB)${gc ? "" : " (no --expose-gc: memory approximate)"}`,
    );
    console.log(line(["input", "outcome", "ms min / median / max (x baseline)", "heap held", "peak RSS"]));
    for (const row of rows) {
      console.log(
        line([
          row.name,
          row.outcome,
          `${ms(row.min)} / ${ms(row.median)} / ${ms(row.max)} (x${(row.median / base).toFixed(1)})`,
          mb(row.heap),
          mb(row.peakRss),
        ]),
      );
    }
  });
});

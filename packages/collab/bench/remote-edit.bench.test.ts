import { addCard, createCard, createJourneyMap, type JourneyMap, updateCard } from "@journeykit/core";
import { it } from "vitest";
import * as Y from "yjs";
import { createCollabAdapter } from "../src/index.js";

// What one remote edit costs a participant, on maps of 100 / 3,000 / 10,000 cards: the adapter's work
// (read the changed records, repair, patches) beside the same update applied to a bare Y.Doc (Yjs
// alone, the baseline, in the same run), for typing into a card's text and for a new card; and what
// one local edit costs (diff + one transaction). Each size runs RUNS times on fresh docs: min / median /
// max of the runs' medians, and the adapter's cost over bare Yjs's, edit by edit.
const SIZES = (process.env.JK_BENCH_SIZES ?? "100,3000,10000").split(",").map(Number);
const EDITS = 200;
const RUNS = Number(process.env.JK_BENCH_RUNS ?? 3);

type Kind = "text" | "card";

function mapWith(cards: number): JourneyMap {
  const map = createJourneyMap({ id: "map" });
  const lanes = map.lanes;
  const stages = map.stages;
  const list = Array.from({ length: cards }, (_, i) =>
    createCard({
      id: `card-${i}`,
      laneId: lanes[i % lanes.length]!.id,
      stageId: stages[i % stages.length]!.id,
      text: `note ${i}`,
    }),
  );
  return { ...map, cards: list };
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface Run {
  adapter: Record<Kind, number>;
  bare: Record<Kind, number>;
  ratio: Record<Kind, number>;
  local: number;
}

function run(size: number): Run {
  const sender = new Y.Doc();
  const senderAdapter = createCollabAdapter({ doc: sender, initialMap: mapWith(size) });
  const receiver = new Y.Doc();
  const bare = new Y.Doc();
  Y.applyUpdate(receiver, Y.encodeStateAsUpdate(sender));
  Y.applyUpdate(bare, Y.encodeStateAsUpdate(sender));
  const receiverAdapter = createCollabAdapter({ doc: receiver });
  let seen = 0;
  receiverAdapter.subscribe(() => seen++);
  const updates: { kind: Kind; update: Uint8Array }[] = [];
  let kind: Kind = "text";
  sender.on("update", (update: Uint8Array) => updates.push({ kind, update }));
  const local: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const before = senderAdapter.getMap()!;
    kind = i % 2 === 0 ? "text" : "card";
    const id = `card-${(i * 7919) % size}`;
    const next =
      kind === "text"
        ? updateCard(before, {
            id,
            changes: { text: `${before.cards.find((c) => c.id === id)!.text} typed` },
          })
        : addCard(before, {
            record: createCard({
              id: `new-${i}`,
              laneId: before.lanes[0]!.id,
              stageId: before.stages[0]!.id,
            }),
          });
    const t = performance.now();
    senderAdapter.applyLocal(before, next);
    local.push(performance.now() - t);
  }
  const times = { adapter: { text: [] as number[], card: [] as number[] }, bare: { text: [], card: [] } } as {
    adapter: Record<Kind, number[]>;
    bare: Record<Kind, number[]>;
  };
  const ratios: Record<Kind, number[]> = { text: [], card: [] };
  for (const { kind, update } of updates) {
    let t = performance.now();
    Y.applyUpdate(receiver, update);
    const adapter = performance.now() - t;
    t = performance.now();
    Y.applyUpdate(bare, update);
    const baseline = performance.now() - t;
    times.adapter[kind].push(adapter);
    times.bare[kind].push(baseline);
    ratios[kind].push(adapter / Math.max(baseline, 0.001));
  }
  if (seen !== EDITS) throw new Error(`the receiver was told of ${seen} of ${EDITS} edits`);
  if (receiverAdapter.getMap()!.cards.length !== size + EDITS / 2)
    throw new Error("the receiver lost a card");
  senderAdapter.destroy();
  receiverAdapter.destroy();
  const per = (values: Record<Kind, number[]>) => ({ text: median(values.text), card: median(values.card) });
  return { adapter: per(times.adapter), bare: per(times.bare), ratio: per(ratios), local: median(local) };
}

/** min / median / max of one figure over the runs. */
const spread = (runs: readonly Run[], figure: (run: Run) => number, digits = 3) => {
  const values = runs.map(figure).sort((a, b) => a - b);
  return `${values[0]!.toFixed(digits)} / ${median(values).toFixed(digits)} / ${values.at(-1)!.toFixed(digits)}`;
};

it("remote and local edit cost per participant, beside bare Yjs", () => {
  const rows: string[] = [];
  for (const size of SIZES) {
    const runs = Array.from({ length: RUNS }, () => run(size));
    const kinds: [Kind, string][] = [
      ["text", "typing in a card"],
      ["card", "a new card"],
    ];
    for (const [kind, label] of kinds) {
      rows.push(
        `${String(size).padStart(6)}  ${label.padEnd(17)} adapter ${spread(runs, (r) => r.adapter[kind])} ms` +
          `   bare Yjs ${spread(runs, (r) => r.bare[kind])} ms   adapter / bare ${spread(runs, (r) => r.ratio[kind], 1)}`,
      );
    }
    rows.push(`${String(size).padStart(6)}  local edit        adapter ${spread(runs, (r) => r.local)} ms`);
  }
  console.log(
    `collab edit cost per remote update (median of ${EDITS / 2} per kind and run; min / median / max over ${RUNS} runs)\n${rows.join("\n")}`,
  );
});

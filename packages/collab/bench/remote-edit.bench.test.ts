import { addCard, createCard, createJourneyMap, type JourneyMap, updateCard } from "@journeykit/core";
import { it } from "vitest";
import * as Y from "yjs";
import { createCollabAdapter } from "../src/index.js";

// What one remote edit costs a participant, on maps of 100 / 1,000 / 5,000 cards: the adapter's work
// (read the changed records, repair, patches) beside the same update applied to a bare Y.Doc (Yjs
// alone) as the baseline, and what one local edit costs (diff + one transaction).
const SIZES = (process.env.JK_BENCH_SIZES ?? "100,1000,5000").split(",").map(Number);
const EDITS = 200;

function mapWith(cards: number): JourneyMap {
  let map = createJourneyMap({ id: "map" });
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
  map = { ...map, cards: list };
  return map;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

it("remote and local edit cost per participant, beside bare Yjs", () => {
  const rows = [
    `${"cards".padStart(6)} ${"remote: adapter ms".padStart(19)} ${"bare Yjs ms".padStart(12)} ${"local: adapter ms".padStart(18)}`,
  ];
  for (const size of SIZES) {
    const sender = new Y.Doc();
    const senderAdapter = createCollabAdapter({ doc: sender, initialMap: mapWith(size) });
    const receiver = new Y.Doc();
    const bare = new Y.Doc();
    Y.applyUpdate(receiver, Y.encodeStateAsUpdate(sender));
    Y.applyUpdate(bare, Y.encodeStateAsUpdate(sender));
    const receiverAdapter = createCollabAdapter({ doc: receiver });
    let seen = 0;
    receiverAdapter.subscribe(() => seen++);
    const updates: Uint8Array[] = [];
    sender.on("update", (update: Uint8Array) => updates.push(update));
    const local: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const before = senderAdapter.getMap()!;
      const next =
        i % 2 === 0
          ? updateCard(before, { id: `card-${i % size}`, changes: { text: `edit ${i}` } })
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
    const remote: number[] = [];
    const baseline: number[] = [];
    for (const update of updates) {
      let t = performance.now();
      Y.applyUpdate(receiver, update);
      remote.push(performance.now() - t);
      t = performance.now();
      Y.applyUpdate(bare, update);
      baseline.push(performance.now() - t);
    }
    if (seen !== EDITS) throw new Error(`the receiver was told of ${seen} of ${EDITS} edits`);
    rows.push(
      `${String(size).padStart(6)} ${median(remote).toFixed(3).padStart(19)} ${median(baseline).toFixed(3).padStart(12)} ${median(local).toFixed(3).padStart(18)}`,
    );
  }
  console.log(
    `collab edit cost, median of ${EDITS} edits (half text changes, half new cards)\n${rows.join("\n")}`,
  );
});

import { isDeepStrictEqual } from "node:util";
import { createCard, createJourneyMap } from "@journeykit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createDocReader } from "../src/doc/doc-reader.js";
import { repairMerged } from "../src/doc/repair-merged.js";
import { type CollaborationAdapter, createCollabAdapter, mapToDoc } from "../src/index.js";
import { applyEdit, type EditCommand, editCommand } from "./random-edit.js";

/** A room with a few cards, so card edits (the incremental path) have something to work on. */
function seedDoc(): Y.Doc {
  const map = createJourneyMap({ id: "map", now: new Date("2026-01-01T00:00:00Z") });
  const cards = [0, 1, 2, 3].map((i) =>
    createCard({ id: `seed-${i}`, laneId: map.lanes[i % 2]!.id, stageId: map.stages[i % 3]!.id }),
  );
  return mapToDoc({ ...map, cards });
}

/** What the whole repair of a doc gives, with what it repaired. */
function wholeRepair(doc: Y.Doc) {
  const reader = createDocReader(doc);
  const merged = reader.read()!;
  reader.destroy();
  return repairMerged(merged);
}

interface Side {
  doc: Y.Doc;
  adapter: CollaborationAdapter;
  updates: Uint8Array[];
}

function side(seed: Y.Doc, clientId: number): Side {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(seed));
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin !== "delivered") updates.push(update);
  });
  return { doc, adapter: createCollabAdapter({ doc }), updates };
}

/** Edit as an editor does: the adapter's map, one core operation, shared. */
function edit(at: Side, command: EditCommand, newId: (prefix: string) => string) {
  const before = at.adapter.getMap()!;
  const next = applyEdit(before, command, newId);
  if (next.map !== before) at.adapter.applyLocal(before, next.map, next.patches);
}

const runs = process.env.CI ? 500 : 100;
/** Runs in which the merge left something the repair had to set aside or fix (the damaged room). */
let damaged = 0;

describe("the incremental repair of a remote change", () => {
  it("shows, after every update of a concurrent edit merged in, the map the whole repair gives", () => {
    fc.assert(
      fc.property(
        fc.array(editCommand, { maxLength: 12 }),
        fc.array(editCommand, { maxLength: 12 }),
        fc.array(editCommand, { maxLength: 8 }),
        (mine, theirs, later) => {
          const seed = seedDoc();
          const a = side(seed, 1);
          const b = side(seed, 2);
          let ids = 0;
          const newId = (prefix: string) => `${prefix}-${ids++}`;
          // Both edit at once, offline; then b's updates arrive at a one by one, then b edits on
          // (mostly cards: the incremental path) in the room as merged, each update delivered at once.
          for (const command of mine) edit(a, command, newId);
          for (const command of theirs) edit(b, command, newId);
          Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc), "delivered");
          const check = () => {
            const whole = wholeRepair(a.doc);
            if (whole.repairs.length > 0) damaged++;
            return isDeepStrictEqual(a.adapter.getMap(), whole.map);
          };
          for (const update of b.updates.splice(0)) {
            Y.applyUpdate(a.doc, update, "delivered");
            expect(check()).toBe(true);
          }
          for (const command of later) {
            edit(b, { ...command, kind: command.kind % 4 }, newId);
            for (const update of b.updates.splice(0)) Y.applyUpdate(a.doc, update, "delivered");
            expect(check()).toBe(true);
          }
          a.adapter.destroy();
          b.adapter.destroy();
        },
      ),
      { numRuns: runs },
    );
    // The property held in damaged rooms too, not only in clean ones.
    expect(damaged).toBeGreaterThan(0);
  });
});

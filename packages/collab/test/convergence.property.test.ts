import { isDeepStrictEqual } from "node:util";
import { createJourneyMap, type JourneyMap, validateJourneyMap } from "@journeykit/core";
import fc from "fast-check";
import { applyPatches, type Patch } from "immer";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { type CollaborationAdapter, createCollabAdapter, docToMap, mapToDoc } from "../src/index.js";
import { applyEdit, type EditCommand, editCommand } from "./random-edit.js";
import { SimulatedNetwork } from "./simulated-network.js";

type Step =
  | { type: "edit"; client: number; command: EditCommand }
  | { type: "deliver"; index: number; duplicate: boolean }
  | { type: "partition"; client: number }
  | { type: "undo" | "redo"; client: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ type: fc.constant("edit" as const), client: fc.nat(), command: editCommand }),
  },
  {
    weight: 5,
    arbitrary: fc.record({ type: fc.constant("deliver" as const), index: fc.nat(), duplicate: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant("partition" as const), client: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constantFrom("undo" as const, "redo" as const), client: fc.nat() }),
  },
);

/** One simulated participant: a Y.Doc, its adapter, and the editor's map kept only from what it is told. */
interface Client {
  doc: Y.Doc;
  adapter: CollaborationAdapter;
  shown: JourneyMap;
  problems: string[];
}

function joinRoom(seed: Y.Doc, index: number): Client {
  const doc = new Y.Doc();
  doc.clientID = index + 1;
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(seed));
  const adapter = createCollabAdapter({ doc });
  const client: Client = { doc, adapter, shown: adapter.getMap()!, problems: [] };
  adapter.subscribe((map, { patches }) => {
    // The editor applies the patches to what it shows; they must give exactly the adapter's map.
    const patched = applyPatches(client.shown, patches as Patch[]);
    if (!isDeepStrictEqual(patched, map)) client.problems.push("patches do not give the map");
    // What the adapter computed from the changes alone is what a whole repair of its doc gives.
    if (!isDeepStrictEqual(map, docToMap(doc))) client.problems.push("the map differs from docToMap(doc)");
    // Every map an editor is handed is valid, not only the one after healing.
    const validation = validateJourneyMap(map);
    if (!validation.ok)
      client.problems.push(`invalid map handed out: ${JSON.stringify(validation.errors[0])}`);
    client.shown = map;
  });
  return client;
}

const runs = process.env.CI ? 1_000 : 150;

describe("clients editing one room converge", () => {
  it("3-5 clients, random edits, delivery in any order, duplicated or lost to partitions: after healing all hold one valid map", () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 5 }), fc.array(step, { maxLength: 40 }), (count, steps) => {
        const seed = mapToDoc(createJourneyMap({ id: "map", now: new Date("2026-01-01T00:00:00Z") }));
        const clients = Array.from({ length: count }, (_, i) => joinRoom(seed, i));
        const network = new SimulatedNetwork(clients.map((client) => client.doc));
        let ids = 0;
        for (const s of steps) {
          if (s.type === "deliver") network.deliver(s.index, s.duplicate);
          else {
            const client = clients[s.client % count]!;
            if (s.type === "partition") {
              const i = s.client % count;
              if (network.partitioned.has(i)) network.partitioned.delete(i);
              else network.partitioned.add(i);
            } else if (s.type === "edit") {
              const before = client.shown;
              const edit = applyEdit(before, s.command, (prefix) => `${prefix}-${s.client % count}-${ids++}`);
              if (edit.map !== before) {
                // As an editor's store does: show the edit, then share it.
                client.shown = edit.map;
                client.adapter.applyLocal(before, edit.map, edit.patches);
              }
            } else client.adapter[s.type]();
          }
        }
        network.heal();
        const expected = docToMap(clients[0]!.doc)!;
        const validation = validateJourneyMap(expected);
        expect(validation.ok ? [] : validation.errors).toEqual([]);
        for (const client of clients) {
          expect(client.problems).toEqual([]);
          expect(docToMap(client.doc)).toEqual(expected);
          expect(client.adapter.getMap()).toEqual(expected);
          expect(client.shown).toEqual(expected);
          client.adapter.destroy();
        }
      }),
      { numRuns: runs },
    );
  });
});

import {
  addCard,
  applyOperation,
  createCard,
  createJourneyMap,
  type JourneyMap,
  moveCard,
  type Operation,
  REPAIRED_KEY,
  removeCard,
  removeStage,
  updateCard,
  updateStage,
  validateJourneyMap,
} from "@journeykit/core";
import fc from "fast-check";
import { applyPatches, type Patch } from "immer";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { docToMap } from "../doc/doc-to-map.js";
import { mapToDoc } from "../doc/map-to-doc.js";
import type { CollaborationAdapter, CollaborationChange } from "./collaboration-adapter.js";
import { createCollabAdapter } from "./create-collab-adapter.js";

const start = (): JourneyMap => {
  const map = createJourneyMap({ id: "map", now: new Date("2026-01-01T00:00:00Z") });
  const cards = [0, 1, 2].map((i) =>
    createCard({ id: `card-${i}`, laneId: map.lanes[0]!.id, stageId: map.stages[0]!.id, text: `note ${i}` }),
  );
  return { ...map, cards };
};

/** Two participants on one room; `online` relays every update at once, otherwise they queue. */
function room(clients = 2) {
  const seed = mapToDoc(start());
  const docs = Array.from({ length: clients }, (_, i) => {
    const doc = new Y.Doc();
    doc.clientID = i + 1;
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(seed));
    return doc;
  });
  const state = { online: true };
  const sync = () => {
    for (const a of docs)
      for (const b of docs)
        if (a !== b) Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), "net");
  };
  for (const doc of docs) {
    doc.on("update", (_update: Uint8Array, origin: unknown) => {
      if (origin !== "net" && state.online) sync();
    });
  }
  const adapters = docs.map((doc) => createCollabAdapter({ doc }));
  return { docs, adapters, state, sync };
}

function edit<A>(adapter: CollaborationAdapter, operation: Operation<A>, args: A): void {
  const before = adapter.getMap()!;
  const { map, patches } = applyOperation(before, operation, args);
  adapter.applyLocal(before, map, patches);
}

const card = (adapter: CollaborationAdapter, id: string) => adapter.getMap()!.cards.find((c) => c.id === id);

describe("per-user undo", () => {
  it("A's undo reverts A's edit and leaves B's edit of another field of the same card", () => {
    const { adapters } = room();
    const [a, b] = adapters as [CollaborationAdapter, CollaborationAdapter];
    edit(a, updateCard, { id: "card-0", changes: { text: "A wrote this" } });
    edit(b, updateCard, { id: "card-0", changes: { severity: 4 } });
    a.undo();
    expect(card(a, "card-0")).toMatchObject({ text: "note 0", severity: 4 });
    expect(b.getMap()).toEqual(a.getMap());
  });

  it("A's undo never reverts B's later edit of the same field", () => {
    const { adapters } = room();
    const [a, b] = adapters as [CollaborationAdapter, CollaborationAdapter];
    edit(a, updateCard, { id: "card-1", changes: { text: "A" } });
    edit(b, updateCard, { id: "card-1", changes: { text: "B" } });
    a.undo();
    // A's undo takes back A's own change (the "note 1" A replaced comes back); B's typing stays.
    expect(card(a, "card-1")?.text).toBe("note 1B");
    expect(card(b, "card-1")?.text).toBe("note 1B");
  });

  it("A's undo of a plain field never reverts B's later edit of it", () => {
    const { adapters } = room();
    const [a, b] = adapters as [CollaborationAdapter, CollaborationAdapter];
    edit(a, updateCard, { id: "card-1", changes: { severity: 2 } });
    edit(b, updateCard, { id: "card-1", changes: { severity: 5 } });
    a.undo();
    expect(card(a, "card-1")?.severity).toBe(5);
    expect(card(b, "card-1")?.severity).toBe(5);
  });

  it("B cannot undo A's edit: B's undo stack holds only B's edits", () => {
    const { adapters } = room();
    const [a, b] = adapters as [CollaborationAdapter, CollaborationAdapter];
    edit(a, updateStage, { id: a.getMap()!.stages[0]!.id, changes: { name: "Arrive" } });
    expect(b.canUndo()).toBe(false);
    b.undo();
    expect(b.getMap()!.stages[0]!.name).toBe("Arrive");
    expect(a.canUndo()).toBe(true);
  });

  it("one undo step per edit; merge: true joins the previous step (a drag in progress)", () => {
    const { adapters } = room(1);
    const a = adapters[0]!;
    edit(a, updateCard, { id: "card-0", changes: { text: "one" } });
    edit(a, updateCard, { id: "card-0", changes: { text: "two" } });
    const before = a.getMap()!;
    const step = applyOperation(before, updateCard, { id: "card-0", changes: { text: "two and a half" } });
    a.applyLocal(before, step.map, step.patches, { merge: true });
    a.undo();
    expect(card(a, "card-0")?.text).toBe("one");
    a.undo();
    expect(card(a, "card-0")?.text).toBe("note 0");
    a.redo();
    expect(card(a, "card-0")?.text).toBe("one");
  });

  it("undo and redo are reported to subscribers with their origin and patches", () => {
    const { adapters } = room(1);
    const a = adapters[0]!;
    const seen: string[] = [];
    a.subscribe((_map, change) => seen.push(`${change.origin}:${change.patches.length}`));
    edit(a, updateCard, { id: "card-2", changes: { text: "x" } });
    a.undo();
    a.redo();
    expect(seen).toEqual(["undo:1", "redo:1"]);
  });

  it("undoing a stage removal brings back B's card added to it concurrently", () => {
    const { adapters, state, sync } = room();
    const [a, b] = adapters as [CollaborationAdapter, CollaborationAdapter];
    const stage = a.getMap()!.stages[0]!;
    state.online = false;
    edit(a, removeStage, { id: stage.id });
    const map = b.getMap()!;
    const late = createCard({ id: "card-late", laneId: map.lanes[1]!.id, stageId: stage.id, text: "late" });
    const { map: next, patches } = applyOperation(map, addCard, { record: late });
    b.applyLocal(map, next, patches);
    state.online = true;
    sync();
    expect(a.getMap()!.cards.map((c) => c.id)).not.toContain("card-late");
    expect(validateJourneyMap(a.getMap()).ok).toBe(true);
    a.undo();
    expect(a.getMap()!.cards.map((c) => c.id)).toContain("card-late");
    expect(b.getMap()).toEqual(a.getMap());
  });
});

describe("concurrent moves", () => {
  it("two clients moving the same card at once never duplicate or lose it", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ client: fc.nat(2), lane: fc.nat(5), stage: fc.nat(2), index: fc.nat(3) }), {
          minLength: 2,
          maxLength: 8,
        }),
        (moves) => {
          const { adapters, state, sync } = room(3);
          state.online = false;
          for (const move of moves) {
            const adapter = adapters[move.client]!;
            const map = adapter.getMap()!;
            edit(adapter, moveCard, {
              id: "card-1",
              laneId: map.lanes[move.lane]!.id,
              stageId: map.stages[move.stage]!.id,
              index: move.index,
            });
          }
          sync();
          const merged = adapters[0]!.getMap()!;
          expect(merged.cards.filter((c) => c.id === "card-1")).toHaveLength(1);
          expect(merged.cards).toHaveLength(3);
          for (const adapter of adapters) expect(adapter.getMap()).toEqual(merged);
        },
      ),
      { numRuns: process.env.CI ? 300 : 60 },
    );
  });
});

describe("concurrent typing in one card", () => {
  it("two or three people typing into one card at once, synced in any order: all agree and every character typed stays", () => {
    const typing = fc.record({
      client: fc.nat(2),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      text: fc.string({ unit: fc.constantFrom(..."abcxyz 😀"), minLength: 1, maxLength: 4 }),
    });
    const step = fc.oneof(
      typing.map((edit) => ({ kind: "type" as const, ...edit })),
      fc.record({ kind: fc.constant("sync" as const), from: fc.nat(2), to: fc.nat(2) }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 3 }), fc.array(step, { maxLength: 14 }), (clients, steps) => {
        const { docs, adapters, state, sync } = room(clients);
        state.online = false;
        const typed: string[] = [];
        for (const next of steps) {
          if (next.kind === "sync") {
            const [from, to] = [docs[next.from % clients]!, docs[next.to % clients]!];
            if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), "net");
            continue;
          }
          const adapter = adapters[next.client % clients]!;
          const text = card(adapter, "card-1")!.text;
          // Between two characters (never inside an emoji's surrogate pair).
          const chars = [...text];
          const at = Math.round(next.at * chars.length);
          const typedText = [...chars.slice(0, at), next.text, ...chars.slice(at)].join("");
          edit(adapter, updateCard, { id: "card-1", changes: { text: typedText } });
          typed.push(next.text);
        }
        sync();
        const merged = card(adapters[0]!, "card-1")!.text;
        for (const adapter of adapters) expect(adapter.getMap()).toEqual(adapters[0]!.getMap());
        const sorted = (text: string) => [...text].sort().join("");
        expect(sorted(merged)).toBe(sorted(`note 1${typed.join("")}`));
      }),
      { numRuns: process.env.CI ? 300 : 80 },
    );
  });
});

describe("what a participant is told of a remote edit", () => {
  it("its patches turn the map it showed into the new one, whatever the other participant did", () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant("text" as const), card: fc.nat(3), text: fc.string({ maxLength: 3 }) }),
      fc.record({
        kind: fc.constant("severity" as const),
        card: fc.nat(3),
        value: fc.integer({ min: 1, max: 5 }),
      }),
      fc.record({ kind: fc.constant("move" as const), card: fc.nat(3), index: fc.nat(3) }),
      fc.record({ kind: fc.constant("add" as const) }),
      fc.record({ kind: fc.constant("remove" as const), card: fc.nat(3) }),
      fc.record({ kind: fc.constant("stage" as const), name: fc.string({ maxLength: 3 }) }),
    );
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 10 }), (steps) => {
        const { adapters } = room();
        const [a, b] = adapters as [CollaborationAdapter, CollaborationAdapter];
        let shown = b.getMap()!;
        b.subscribe((map, change) => {
          expect(applyPatches(shown, change.patches as Patch[])).toEqual(map);
          shown = map;
        });
        steps.forEach((next, i) => {
          const map = a.getMap()!;
          const id = map.cards["card" in next ? next.card % map.cards.length : 0]?.id;
          if (next.kind === "add") {
            const record = createCard({
              id: `added-${i}`,
              laneId: map.lanes[0]!.id,
              stageId: map.stages[0]!.id,
            });
            edit(a, addCard, { record });
          } else if (next.kind === "stage")
            edit(a, updateStage, { id: map.stages[0]!.id, changes: { name: next.name } });
          else if (!id) return;
          else if (next.kind === "text")
            edit(a, updateCard, { id, changes: { text: `${next.text}${card(a, id)!.text}` } });
          else if (next.kind === "severity")
            edit(a, updateCard, { id, changes: { severity: next.value as 1 } });
          else if (next.kind === "move")
            edit(a, moveCard, {
              id,
              laneId: map.lanes[0]!.id,
              stageId: map.stages[0]!.id,
              index: next.index,
            });
          else edit(a, removeCard, { id });
        });
        expect(shown).toEqual(a.getMap());
      }),
      { numRuns: process.env.CI ? 300 : 60 },
    );
  });
});

describe("applyLocal on a map the editor has not updated yet", () => {
  it("keeps the remote change the editor had not shown, and reports the merge as patches from its map", () => {
    const { adapters } = room();
    const [a, b] = adapters as [CollaborationAdapter, CollaborationAdapter];
    const shownByA = a.getMap()!;
    edit(b, updateCard, { id: "card-0", changes: { text: "B, unseen by A's editor" } });
    const changes: { map: JourneyMap; change: CollaborationChange }[] = [];
    a.subscribe((map, change) => changes.push({ map, change }));
    const { map: next, patches } = applyOperation(shownByA, updateCard, {
      id: "card-1",
      changes: { text: "A" },
    });
    a.applyLocal(shownByA, next, patches);
    expect(card(a, "card-0")?.text).toBe("B, unseen by A's editor");
    expect(card(a, "card-1")?.text).toBe("A");
    expect(changes).toHaveLength(1);
    const [{ map, change }] = changes as [{ map: JourneyMap; change: CollaborationChange }];
    expect(change.origin).toBe("remote");
    expect(applyPatches(next, change.patches as Patch[])).toEqual(map);
    expect(b.getMap()).toEqual(a.getMap());
  });
});

/** An edit as the editor makes it: the operation, then `updatedAt` stamped, in one step. */
function stampedEdit<A>(adapter: CollaborationAdapter, operation: Operation<A>, args: A, at: string): void {
  const before = adapter.getMap()!;
  const { map, patches } = applyOperation(before, operation, args);
  const stamped = { ...map, updatedAt: at };
  adapter.applyLocal(before, stamped, [...patches, { op: "replace", path: ["updatedAt"], value: at }]);
}

const ids = (adapter: CollaborationAdapter) => adapter.getMap()!.cards.map((c) => c.id);

describe("undo after a reconnect that merged offline edits", () => {
  // Both stamp `updatedAt` while offline; on reconnect one stamp wins. Whoever's stamp won used to undo
  // into a map with no `updatedAt` at all: unreadable, so nothing changed on any screen, ever again.
  for (const [first, second] of [
    [0, 1],
    [1, 0],
  ] as const) {
    it(`each one's undo takes back only their own offline card, and the map stays readable (${"AB"[first]} first)`, () => {
      const { adapters, state, sync } = room();
      const map = adapters[0]!.getMap()!;
      state.online = false;
      adapters.forEach((adapter, i) => {
        const record = createCard({
          id: `offline-${i}`,
          laneId: map.lanes[0]!.id,
          stageId: map.stages[0]!.id,
          text: `offline ${i}`,
        });
        stampedEdit(adapter, addCard, { record }, `2026-02-0${i + 1}T00:00:00Z`);
      });
      state.online = true;
      sync();
      const merged = adapters[0]!.getMap()!;
      expect(ids(adapters[1]!)).toEqual(ids(adapters[0]!));
      expect(merged.cards.map((c) => c.id)).toEqual(expect.arrayContaining(["offline-0", "offline-1"]));

      adapters[first]!.undo();
      for (const adapter of adapters) {
        expect(ids(adapter)).not.toContain(`offline-${first}`);
        expect(ids(adapter)).toContain(`offline-${second}`);
        expect(validateJourneyMap(adapter.getMap()).ok).toBe(true);
      }
      expect(adapters[1]!.getMap()).toEqual(adapters[0]!.getMap());

      adapters[second]!.undo();
      for (const adapter of adapters) {
        expect(ids(adapter)).toEqual(["card-0", "card-1", "card-2"]);
        expect(validateJourneyMap(adapter.getMap()).ok).toBe(true);
      }
      expect(adapters[1]!.getMap()).toEqual(adapters[0]!.getMap());

      // Redo brings each card back, on both sides.
      adapters[first]!.redo();
      adapters[second]!.redo();
      for (const adapter of adapters) {
        expect(ids(adapter)).toEqual(expect.arrayContaining(["offline-0", "offline-1"]));
      }
      expect(adapters[1]!.getMap()).toEqual(adapters[0]!.getMap());
    });

    it(`both retyped one card offline: both undo, and the text before is back, never no text (${"AB"[first]} first)`, () => {
      const { adapters, state, sync } = room();
      state.online = false;
      adapters.forEach((adapter, i) => {
        edit(adapter, updateCard, { id: "card-0", changes: { text: `typed by ${i}` } });
      });
      state.online = true;
      sync();
      // Both keep what they typed: A replaced "note" (keeping " 0"), B the whole text.
      const shown = card(adapters[0]!, "card-0")?.text ?? "";
      expect(shown).toContain("typed by 1");
      expect(shown.split("typed by")).toHaveLength(3);
      adapters[first]!.undo();
      // The first undo takes back only its own typing: the other's "typed by" stays.
      expect(card(adapters[0]!, "card-0")?.text.split("typed by")).toHaveLength(2);
      adapters[second]!.undo();
      // Each undo brings back what that person deleted: "note", which both deleted, comes back twice
      // (Yjs cannot tell that the other's undo already restored it), never not at all.
      for (const adapter of adapters) {
        expect(card(adapter, "card-0")?.text).not.toContain("typed by");
        expect(card(adapter, "card-0")?.text).toContain("note 0");
      }
      expect(adapters[1]!.getMap()).toEqual(adapters[0]!.getMap());
    });
  }

  it("undoing a field this user set for the first time still removes it", () => {
    const { adapters } = room(1);
    const a = adapters[0]!;
    edit(a, updateCard, { id: "card-0", changes: { severity: 3 } });
    a.undo();
    expect(card(a, "card-0")).not.toHaveProperty("severity");
  });
});

describe("a field a modified client writes that its schema refuses", () => {
  it("costs the field, not the card: every participant keeps the card, with the value repaired", () => {
    const { docs, adapters } = room(3);
    // A raw Yjs client writes a number as a card's text and an out-of-range score-like rating.
    docs[0]!.transact(() => {
      const cardMap = docs[0]!.getMap<Y.Map<unknown>>("cards").get("card-1")!;
      cardMap.set("text", 42);
      cardMap.set("severity", 99);
    });
    for (const adapter of adapters) {
      expect(adapter.getMap()!.cards.map((c) => c.id)).toEqual(["card-0", "card-1", "card-2"]);
      // Core's repair: the nearest value the field accepts, the value written kept in the card's meta.
      expect(card(adapter, "card-1")).toEqual({
        id: "card-1",
        laneId: adapter.getMap()!.lanes[0]!.id,
        stageId: adapter.getMap()!.stages[0]!.id,
        text: "",
        severity: 5,
        meta: { [REPAIRED_KEY]: { text: 42, severity: 99 } },
      });
    }
    // The next honest edit of that card writes a valid text again; every participant shows the same.
    edit(adapters[1]!, updateCard, { id: "card-1", changes: { text: "Fixed by Ben" } });
    for (const adapter of adapters) {
      expect(card(adapter, "card-1")?.text).toBe("Fixed by Ben");
      expect(adapter.getMap()).toEqual(adapters[0]!.getMap());
      expect(adapter.getMap()).toEqual(docToMap(docs[0]!));
    }
  });
});

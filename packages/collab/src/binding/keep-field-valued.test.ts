import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { keepFieldValued } from "./keep-field-valued.js";

const ORIGIN = "local";

/** A client whose undo manager tracks its own writes to `fields`, with or without the filter. */
function client(id: number, seed: Y.Doc, filtered: boolean) {
  const doc = new Y.Doc();
  doc.clientID = id;
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(seed));
  const fields = doc.getMap<unknown>("fields");
  let popping: Y.UndoManager["undoStack"] = [];
  const undoManager = new Y.UndoManager(fields, {
    trackedOrigins: new Set([ORIGIN]),
    captureTimeout: 0,
    ...(filtered ? { deleteFilter: keepFieldValued(() => popping) } : {}),
  });
  const travel = (stack: Y.UndoManager["undoStack"], move: () => void) => {
    popping = [...stack].reverse();
    move();
    popping = [];
  };
  return {
    doc,
    fields,
    set: (key: string, value: unknown) => doc.transact(() => fields.set(key, value), ORIGIN),
    undo: () => travel(undoManager.undoStack, () => undoManager.undo()),
    redo: () => travel(undoManager.redoStack, () => undoManager.redo()),
  };
}

/** Two clients that both set `updatedAt` while apart, then exchange updates; `winner` shows. */
function concurrentWrites(filtered: boolean) {
  const seed = new Y.Doc();
  seed.getMap("fields").set("updatedAt", "seed");
  const clients = [client(1, seed, filtered), client(2, seed, filtered)];
  for (const [i, c] of clients.entries()) c.set("updatedAt", `written by ${i}`);
  const [a, b] = clients as [ReturnType<typeof client>, ReturnType<typeof client>];
  Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)));
  Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)));
  const shown = a.fields.get("updatedAt");
  const winner = shown === "written by 0" ? a : b;
  const loser = winner === a ? b : a;
  const exchange = () => {
    Y.applyUpdate(loser.doc, Y.encodeStateAsUpdate(winner.doc, Y.encodeStateVector(loser.doc)));
    Y.applyUpdate(winner.doc, Y.encodeStateAsUpdate(loser.doc, Y.encodeStateVector(winner.doc)));
  };
  return { winner, loser, exchange };
}

describe("keepFieldValued", () => {
  it("without it, Yjs leaves the field empty when the winner of a concurrent write undoes (the defect)", () => {
    const { winner } = concurrentWrites(false);
    winner.undo();
    expect(winner.fields.has("updatedAt")).toBe(false);
  });

  it("the winner's undo writes back the value it overwrote, on both sides; redo brings its write back", () => {
    const { winner, loser, exchange } = concurrentWrites(true);
    const written = winner.fields.get("updatedAt");
    winner.undo();
    exchange();
    expect(winner.fields.get("updatedAt")).toBe("seed");
    expect(loser.fields.get("updatedAt")).toBe("seed");
    winner.redo();
    exchange();
    expect(winner.fields.get("updatedAt")).toBe(written);
    expect(loser.fields.get("updatedAt")).toBe(written);
  });

  it("the loser's undo changes nothing anyone sees (its write was never shown)", () => {
    const { winner, loser, exchange } = concurrentWrites(true);
    const shown = winner.fields.get("updatedAt");
    loser.undo();
    exchange();
    expect(loser.fields.get("updatedAt")).toBe(shown);
    expect(winner.fields.get("updatedAt")).toBe(shown);
  });

  it("a field this user created is still removed by undo, and a later write by another is never reverted", () => {
    const seed = new Y.Doc();
    const a = client(1, seed, true);
    const b = client(2, seed, true);
    a.set("colour", "red");
    a.undo();
    expect(a.fields.has("colour")).toBe(false);
    a.redo();
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc));
    b.set("colour", "blue");
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)));
    a.undo();
    expect(a.fields.get("colour")).toBe("blue");
  });
});

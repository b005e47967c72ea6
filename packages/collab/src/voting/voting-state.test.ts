import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { BALLOTS_MAP, dotsUsed, readVoting, SESSION_MAP, VOTING_KEY, watchVoting } from "./voting-state.js";

describe("readVoting", () => {
  it("is closed with 3 dots and no ballots in a room where nothing was written", () => {
    expect(readVoting(new Y.Doc())).toEqual({ open: false, dots: 3, ballots: new Map() });
  });

  it("reads the round and ballots loosely, dropping counts that are not whole and positive", () => {
    const doc = new Y.Doc();
    doc.getMap(SESSION_MAP).set(VOTING_KEY, { open: true, dots: 2 });
    doc.getMap(BALLOTS_MAP).set("p1", { name: "Ana", cards: { a: 2, b: -1, c: 0.5 } });
    doc.getMap(BALLOTS_MAP).set("p2", "nonsense");
    expect(readVoting(doc)).toEqual({
      open: true,
      dots: 2,
      ballots: new Map([["p1", { name: "Ana", cards: { a: 2 } }]]),
    });
  });

  it("counts used dots only on cards that still exist", () => {
    expect(dotsUsed({ name: "Ana", cards: { a: 2, gone: 1 } }, (id) => id !== "gone")).toBe(2);
    expect(dotsUsed(undefined)).toBe(0);
  });

  it("tells a watcher about round and ballot changes, not about other session keys", () => {
    const doc = new Y.Doc();
    const seen: boolean[] = [];
    const stop = watchVoting(doc, (voting) => seen.push(voting.open));
    doc.getMap(SESSION_MAP).set("locked", true);
    doc.getMap(SESSION_MAP).set(VOTING_KEY, { open: true, dots: 3 });
    doc.getMap(BALLOTS_MAP).set("p1", { name: "Ana", cards: {} });
    stop();
    doc.getMap(SESSION_MAP).set(VOTING_KEY, { open: false, dots: 3 });
    expect(seen).toEqual([true, true]);
  });
});

import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { SESSION_MAP, VOTING_KEY } from "../voting/voting-state.js";
import { isLocked, setLocked, watchLock } from "./room-lock.js";

describe("room lock", () => {
  it("is off until set, and reaches another copy of the room with the next update", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.on("update", (update: Uint8Array) => Y.applyUpdate(b, update));
    expect(isLocked(b)).toBe(false);
    setLocked(a, true);
    expect(isLocked(b)).toBe(true);
    setLocked(a, false);
    expect(isLocked(b)).toBe(false);
  });

  it("tells a watcher about the lock only, not about other session settings, until unsubscribed", () => {
    const doc = new Y.Doc();
    const seen: boolean[] = [];
    const stop = watchLock(doc, (locked) => seen.push(locked));
    doc.getMap(SESSION_MAP).set(VOTING_KEY, { open: true, dots: 3 });
    setLocked(doc, true);
    setLocked(doc, false);
    stop();
    setLocked(doc, true);
    expect(seen).toEqual([true, false]);
  });
});

import { describe, expect, it } from "vitest";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import type { Peer } from "../binding/collaboration-adapter.js";
import { awarenessPresence } from "./awareness-presence.js";

/** Two participants whose awareness updates are relayed to each other as a provider does. */
function pair() {
  const a = new Awareness(new Y.Doc());
  const b = new Awareness(new Y.Doc());
  const relay = (from: Awareness, to: Awareness) =>
    from.on("update", ({ added, updated, removed }: Record<string, number[]>) => {
      applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [...added!, ...updated!, ...removed!]), "net");
    });
  relay(a, b);
  relay(b, a);
  return { a, b };
}

describe("awarenessPresence", () => {
  it("shares name, colour, pointer in map coordinates, selection and focused stage with the others", () => {
    const { a, b } = pair();
    const ana = awarenessPresence(a, { name: "Ana", colour: "#e8590c" });
    const ben = awarenessPresence(b, { name: "Ben", colour: "#1971c2" });
    const seen: Peer[][] = [];
    ben.subscribe((peers) => seen.push(peers));
    ana.setLocal({ pointer: { x: 420, y: 180 }, selection: ["card-1"], focusedStage: "stage-2" });
    expect(ben.getPeers()).toEqual([
      {
        clientId: a.clientID,
        name: "Ana",
        colour: "#e8590c",
        pointer: { x: 420, y: 180 },
        selection: ["card-1"],
        focusedStage: "stage-2",
      },
    ]);
    expect(seen.at(-1)?.[0]?.pointer).toEqual({ x: 420, y: 180 });
    expect(ana.getPeers().map((peer) => peer.name)).toEqual(["Ben"]);
  });

  it("shares a presentation (the stage shown, follow me) and whom a participant follows, field by field", () => {
    const { a, b } = pair();
    const ana = awarenessPresence(a, { name: "Ana", colour: "#e8590c" });
    const ben = awarenessPresence(b, { name: "Ben", colour: "#1971c2" });
    ana.setLocal({ presenting: "stage-1", followMe: true, focusedStage: "stage-1" });
    ben.setLocal({ following: a.clientID });
    ana.setLocal({ presenting: "stage-2", focusedStage: "stage-2" });
    expect(ben.getPeers()[0]).toMatchObject({ presenting: "stage-2", followMe: true, name: "Ana" });
    expect(ana.getPeers()[0]).toMatchObject({ following: a.clientID, name: "Ben" });
    // Ending the presentation clears it for the others; the pointer shared meanwhile is kept.
    ana.setLocal({ pointer: { x: 1, y: 2 } });
    ana.setLocal({ presenting: null, followMe: false, focusedStage: null });
    expect(ben.getPeers()[0]).toMatchObject({ presenting: null, followMe: false, pointer: { x: 1, y: 2 } });
  });

  it("forgets a participant who leaves", () => {
    const { a, b } = pair();
    awarenessPresence(a, { name: "Ana", colour: "#e8590c" });
    const ben = awarenessPresence(b, { name: "Ben", colour: "#1971c2" });
    expect(ben.getPeers()).toHaveLength(1);
    a.setLocalState(null);
    expect(ben.getPeers()).toEqual([]);
  });
});

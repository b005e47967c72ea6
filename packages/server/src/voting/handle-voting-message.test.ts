import { createVotingClient, docToMap, mapToDoc, readVoting } from "@journeykit/collab";
import { describe, expect, it } from "vitest";
import { painPointMap, roomsUnderTest, tokenFor, waitFor } from "../../test/room-client.js";

const { cleanups, running, join } = roomsUnderTest();

describe("journeykit-server: dot voting over the wire", () => {
  it("counts votes sent as stateless messages: ballots and totals reach every client and the HTTP map", async () => {
    const server = await running();
    const facilitator = await join(server, "vote-room", "facilitator");
    mapToDoc(painPointMap("Voting"), facilitator.doc);
    await waitFor("the seed at the server", () => facilitator.provider.unsyncedChanges === 0);
    const bea = await join(server, "vote-room", "edit");
    const run = createVotingClient(facilitator.provider, { id: "ana-id", name: "Ana" });
    const beaVotes = createVotingClient(bea.provider, { id: "bea-id", name: "Bea" });
    cleanups.push(run.destroy, beaVotes.destroy);

    expect(await beaVotes.vote("pain", 1)).toMatchObject({ ok: false, code: "closed" });
    // Bea's link is a participant's: the server will not let her open the round.
    expect(await beaVotes.start(5)).toMatchObject({ ok: false, code: "not-facilitator" });
    expect(await run.start(1)).toMatchObject({ ok: true });
    await waitFor("the open round at Bea's", () => readVoting(bea.doc).open);
    expect(await beaVotes.vote("pain", 1)).toMatchObject({ ok: true });
    expect(await beaVotes.vote("pain", 1)).toMatchObject({ ok: false, code: "no-dots-left" });
    expect(await run.vote("pain", 1)).toMatchObject({ ok: true });
    await waitFor("the total at the facilitator's", () => docToMap(facilitator.doc)?.cards[0]?.votes === 2);
    expect(readVoting(facilitator.doc).ballots).toEqual(
      new Map([
        ["bea-id", { name: "Bea", cards: { pain: 1 } }],
        ["ana-id", { name: "Ana", cards: { pain: 1 } }],
      ]),
    );
    const response = await fetch(`${server.url}/rooms/vote-room/map`, {
      headers: { authorization: `Bearer ${await tokenFor("vote-room", "view")}` },
    });
    expect((await response.json()).cards[0].votes).toBe(2);
  });

  it("refuses a view token's vote, and answers a malformed request with bad-request", async () => {
    const server = await running();
    const editor = await join(server, "view-room", "facilitator");
    mapToDoc(painPointMap("Voting"), editor.doc);
    const run = createVotingClient(editor.provider, { id: "ana-id", name: "Ana" });
    cleanups.push(run.destroy);
    expect(await run.start(3)).toMatchObject({ ok: true });
    const viewer = await join(server, "view-room", "view");
    const watch = createVotingClient(viewer.provider, { id: "vic-id", name: "Vic" });
    cleanups.push(watch.destroy);
    expect(await watch.vote("pain", 1)).toMatchObject({ ok: false, code: "view-only" });
    expect(await watch.reset()).toMatchObject({ ok: false, code: "view-only" });
    expect(await run.start(1000)).toMatchObject({ ok: false, code: "bad-request" });
    expect(readVoting(editor.doc)).toMatchObject({ open: true, dots: 3, ballots: new Map() });
    expect(docToMap(editor.doc)?.cards[0]?.votes).toBeUndefined();
  });
});

describe("journeykit-server: votes written by a client itself", () => {
  it("are put back to the server's count, for the writer and everyone else", async () => {
    const server = await running();
    const ana = await join(server, "guard-room", "facilitator");
    mapToDoc(painPointMap("Voting"), ana.doc);
    const run = createVotingClient(ana.provider, { id: "ana-id", name: "Ana" });
    cleanups.push(run.destroy);
    expect(await run.start(2)).toMatchObject({ ok: true });
    expect(await run.vote("pain", 1)).toMatchObject({ ok: true });
    const bea = await join(server, "guard-room", "edit");
    await waitFor("Bea's copy of the vote", () => docToMap(bea.doc)?.cards[0]?.votes === 1);
    const cards = bea.doc.getMap<import("yjs").Map<unknown>>("cards");
    cards.get("pain")!.set("votes", 50);
    await waitFor("the server's count back at Bea's", () => docToMap(bea.doc)?.cards[0]?.votes === 1);
    // What the server holds (and stores) is its count: someone joining now gets 1.
    const late = await join(server, "guard-room", "view");
    expect(docToMap(late.doc)?.cards[0]?.votes).toBe(1);
    await waitFor("and at Ana's", () => docToMap(ana.doc)?.cards[0]?.votes === 1);
  });
});

// A participant whose network drops for a moment (a phone's Wi-Fi, a laptop lid) is back in the room
// under the same name, with the same dots: the app announces its presence again once the room has
// synced after the reconnect (the workshop's announceOnReconnect: the provider alone resends it with
// its old clock, which the server and everyone ignore), and the ballot is the server's, in the room.
import { createVotingClient, dotsUsed, mapToDoc, readVoting } from "@journeykit/collab";
import { describe, expect, it } from "vitest";
import { painPointMap, type RoomClient, roomsUnderTest, waitFor } from "./room-client.js";

const rooms = roomsUnderTest();

const seenBy = (client: RoomClient, other: RoomClient) =>
  client.provider.awareness!.getStates().get(other.provider.awareness!.clientID) as
    | { name?: string }
    | undefined;

describe("a participant who loses the connection", () => {
  it("comes back under their name with the dots they had", async () => {
    const server = await rooms.running();
    const ana = await rooms.join(server, "drop-room", "facilitator");
    mapToDoc(painPointMap("Voting"), ana.doc);
    const run = createVotingClient(ana.provider, { id: "ana", name: "Ana" });
    rooms.cleanups.push(run.destroy);
    expect(await run.start(3)).toMatchObject({ ok: true });
    const bea = await rooms.join(server, "drop-room", "edit");
    bea.provider.awareness!.setLocalState({ name: "Bea", colour: "#2f9e44", pointer: null });
    const votes = createVotingClient(bea.provider, { id: "bea-browser", name: "Bea" });
    rooms.cleanups.push(votes.destroy);
    expect(await votes.vote("pain", 1)).toMatchObject({ ok: true });
    await waitFor("Bea at Ana's", () => seenBy(ana, bea)?.name === "Bea");

    bea.provider.disconnect();
    await waitFor("Bea gone from Ana's room", () => seenBy(ana, bea) === undefined);
    await bea.provider.connect();
    await waitFor("Bea synced again", () => bea.provider.isSynced);
    bea.provider.awareness!.setLocalState({ ...bea.provider.awareness!.getLocalState() });
    await waitFor("Bea back at Ana's under her name", () => seenBy(ana, bea)?.name === "Bea");
    expect(dotsUsed(readVoting(bea.doc).ballots.get("bea-browser"), () => true)).toBe(1);
    expect(await votes.vote("pain", 1)).toMatchObject({ ok: true });
    expect(await votes.vote("pain", 1)).toMatchObject({ ok: true });
    expect(await votes.vote("pain", 1)).toMatchObject({ ok: false, code: "no-dots-left" });
  });
});

import { describe, expect, it } from "vitest";
import { type RoomClient, roomsUnderTest, waitFor } from "../../test/room-client.js";

// Raw Hocuspocus provider clients, each sending what a modified browser could send as its presence.
const rooms = roomsUnderTest();

/** What `client` now sees of `other`'s presence. */
const seenBy = (client: RoomClient, other: RoomClient) =>
  client.provider.awareness!.getStates().get(other.provider.awareness!.clientID);

const announce = (client: RoomClient, state: Record<string, unknown>) =>
  client.provider.awareness!.setLocalState(state);

/** A presentation with follow me on, a selection, and a claim to be the facilitator. */
const takeover = (name: string, stage: string) => ({
  name,
  colour: "#e03131",
  pointer: { x: 10, y: 20 },
  presenting: stage,
  focusedStage: stage,
  followMe: true,
  following: null,
  selection: ["card-1"],
  facilitator: true,
});

describe("guardPresence: presence holds to the token", () => {
  it("drops presenting and follow me from a view and a participant's edit token, and the view token's selection; the facilitator's arrive, marked", async () => {
    const server = await rooms.running();
    const facilitator = await rooms.join(server, "room", "facilitator");
    const participant = await rooms.join(server, "room", "edit");
    const viewer = await rooms.join(server, "room", "view");
    const observer = await rooms.join(server, "room", "edit");

    announce(viewer, takeover("Vic", "s-view"));
    announce(participant, takeover("Eve", "s-edit"));
    announce(facilitator, { ...takeover("Ana", "s-host"), facilitator: false });
    for (const [who, name] of [
      [viewer, "Vic"],
      [participant, "Eve"],
      [facilitator, "Ana"],
    ] as const) {
      await waitFor(`${name}'s presence to arrive`, () =>
        [observer, facilitator, participant, viewer].every(
          (client) => client === who || seenBy(client, who)?.name === name,
        ),
      );
    }

    for (const client of [observer, facilitator, participant]) {
      expect(seenBy(client, viewer)).toEqual({
        name: "Vic",
        colour: "#e03131",
        pointer: { x: 10, y: 20 },
        focusedStage: "s-view",
        following: null,
      });
    }
    for (const client of [observer, facilitator, viewer]) {
      expect(seenBy(client, participant)).toEqual({
        name: "Eve",
        colour: "#e03131",
        pointer: { x: 10, y: 20 },
        focusedStage: "s-edit",
        following: null,
        selection: ["card-1"],
      });
    }
    for (const client of [observer, participant, viewer]) {
      expect(seenBy(client, facilitator)).toEqual({ ...takeover("Ana", "s-host"), facilitator: true });
    }
  });

  it("drops a presence sent for another participant's client id (a viewer cannot rewrite the facilitator's)", async () => {
    const server = await rooms.running();
    const facilitator = await rooms.join(server, "room", "facilitator");
    const viewer = await rooms.join(server, "room", "view");
    const observer = await rooms.join(server, "room", "edit");
    announce(facilitator, takeover("Ana", "s-host"));
    announce(viewer, { name: "Vic", colour: "#000000" });
    await waitFor(
      "Ana's presentation to arrive",
      () => seenBy(observer, facilitator)?.presenting === "s-host",
    );
    await waitFor("Vic to arrive", () => seenBy(observer, viewer)?.name === "Vic");

    // The facilitator's client id with a newer clock: what a modified client can put on the wire. The
    // viewer's provider sends whatever its awareness says changed, for any client id.
    const anaId = facilitator.provider.awareness!.clientID;
    const forging = viewer.provider.awareness!;
    const clock = forging.meta.get(anaId)?.clock ?? 0;
    forging.meta.set(anaId, { clock: clock + 10, lastUpdated: Date.now() });
    forging.states.set(anaId, { name: "Ana", colour: "#e03131", presenting: "s-hijack", followMe: true });
    forging.emit("update", [{ added: [], updated: [anaId], removed: [] }, "forged"]);
    // Sent after the forgery on the same connection: once it arrives, the forgery has been handled.
    announce(viewer, { name: "Vic, later", colour: "#000000" });
    await waitFor("Vic's later presence to arrive", () => seenBy(observer, viewer)?.name === "Vic, later");

    expect(seenBy(observer, facilitator)).toMatchObject({ presenting: "s-host", facilitator: true });
  });
});

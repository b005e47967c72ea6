import type { Peer } from "@journeykit/collab";
import { describe, expect, it } from "vitest";
import { followersOf, leadersAmong, stillStopped, whomToFollow } from "./whom-to-follow";

const peer = (clientId: number, name: string, fields: Partial<Peer> = {}): Peer => ({
  clientId,
  name,
  colour: "#1971c2",
  ...fields,
});
const ana = (stage = "s-2", fields: Partial<Peer> = {}) =>
  peer(7, "Ana", { presenting: stage, followMe: true, facilitator: true, ...fields });
const ben = peer(3, "Ben", { pointer: { x: 1, y: 2 } });
const none = { current: null, stopped: null };

describe("leadersAmong", () => {
  it("is those presenting with follow me on, with the stage they show", () => {
    expect(leadersAmong([ben, ana()])).toEqual([
      { clientId: 7, name: "Ana", colour: "#1971c2", stageId: "s-2" },
    ]);
  });

  it("leaves out a presenter without follow me, follow me without a stage, and peers of an older app", () => {
    expect(leadersAmong([ana("s-2", { followMe: false })])).toEqual([]);
    expect(leadersAmong([ana("s-2", { presenting: null })])).toEqual([]);
    expect(leadersAmong([ana("")])).toEqual([]);
    expect(leadersAmong([peer(4, "Old", { focusedStage: "s-1" })])).toEqual([]);
    // Presence is other people's data: a malformed flag is not "on".
    expect(leadersAmong([ana("s-2", { followMe: "yes" as unknown as boolean })])).toEqual([]);
    expect(leadersAmong([ana(42 as unknown as string)])).toEqual([]);
  });

  it("leaves out anyone the server has not marked as the facilitator (a view link asking to be followed)", () => {
    expect(leadersAmong([ana("s-2", { facilitator: undefined })])).toEqual([]);
    expect(leadersAmong([ana("s-2", { facilitator: false })])).toEqual([]);
    expect(leadersAmong([ana("s-2", { facilitator: "true" as unknown as boolean })])).toEqual([]);
    expect(whomToFollow([ana("s-2", { facilitator: undefined })], none)).toEqual({
      leader: undefined,
      following: false,
    });
  });
});

describe("whomToFollow", () => {
  it("follows nobody while nobody presents with follow me", () => {
    expect(whomToFollow([ben], none)).toEqual({ leader: undefined, following: false });
    expect(whomToFollow([], none)).toEqual({ leader: undefined, following: false });
  });

  it("follows the presenter as soon as follow me is on (also for someone who joins late), on their stage", () => {
    const choice = whomToFollow([ben, ana("s-3")], none);
    expect(choice.following).toBe(true);
    expect(choice.leader).toMatchObject({ name: "Ana", stageId: "s-3" });
  });

  it("after Stop following, offers the same presenter again without following them", () => {
    expect(whomToFollow([ana()], { current: null, stopped: 7 })).toEqual({
      leader: { clientId: 7, name: "Ana", colour: "#1971c2", stageId: "s-2" },
      following: false,
    });
  });

  it("keeps following the one followed now when a second presenter turns follow me on", () => {
    const zoe = peer(2, "Zoe", { presenting: "s-1", followMe: true, facilitator: true });
    expect(whomToFollow([zoe, ana()], { current: 7, stopped: null }).leader?.name).toBe("Ana");
    // With nobody followed yet, the first in client-id order: every participant picks the same one.
    expect(whomToFollow([ana(), zoe], none).leader?.name).toBe("Zoe");
    // Stopped following one of two: the other one is followed.
    expect(whomToFollow([zoe, ana()], { current: null, stopped: 2 })).toMatchObject({
      leader: { name: "Ana" },
      following: true,
    });
  });
});

describe("stillStopped", () => {
  it("remembers Stop following while that presentation lasts, and forgets it once it ends", () => {
    expect(stillStopped([ana()], 7)).toBe(7);
    expect(stillStopped([ana("s-2", { followMe: false })], 7)).toBeNull();
    expect(stillStopped([ben], 7)).toBeNull();
    expect(stillStopped([ana()], null)).toBeNull();
  });
});

describe("followersOf", () => {
  it("is the peers following that client", () => {
    const cleo = peer(9, "Cleo", { following: 7 });
    expect(followersOf([ben, cleo, peer(10, "Dan", { following: 2 })], 7)).toEqual([cleo]);
  });
});

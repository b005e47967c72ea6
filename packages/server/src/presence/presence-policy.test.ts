import { describe, expect, it } from "vitest";
import type { RoomClaims } from "../tokens/room-token.js";
import { presenceFor } from "./presence-policy.js";

const view: RoomClaims = { room: "r", name: "Vic", role: "view" };
const edit: RoomClaims = { room: "r", name: "Eve", role: "edit" };
const host: RoomClaims = { room: "r", name: "Ana", role: "edit", facilitator: true };
/** A view token cannot facilitate (verifyRoomToken never returns one); the policy does not trust it either. */
const forgedView = { ...view, facilitator: true } as RoomClaims;

const everything = {
  name: "X",
  colour: "#000",
  pointer: { x: 1, y: 2 },
  selection: ["c-1"],
  focusedStage: "s-1",
  presenting: "s-1",
  followMe: true,
  following: 4,
  facilitator: true,
  custom: { from: "a host app" },
};

describe("presenceFor", () => {
  it("should drop presenting, follow me and the facilitator mark from a participant's edit token", () => {
    const { presenting, followMe, facilitator, ...rest } = everything;
    expect(presenceFor(everything, edit)).toEqual(rest);
  });

  it("should also drop a view token's selection", () => {
    const { presenting, followMe, facilitator, selection, ...rest } = everything;
    expect(presenceFor(everything, view)).toEqual(rest);
    expect(presenceFor(everything, forgedView)).toEqual(rest);
  });

  it("should keep everything the facilitator shares and mark them, whatever they claim", () => {
    expect(presenceFor(everything, host)).toEqual(everything);
    expect(presenceFor({ name: "Ana", colour: "#000", facilitator: false }, host)).toEqual({
      name: "Ana",
      colour: "#000",
      facilitator: true,
    });
  });

  it("should treat a connection without claims as a viewer", () => {
    expect(presenceFor(everything, undefined)).toEqual(presenceFor(everything, view));
  });

  it("should refuse a state that is not a JSON object", () => {
    for (const state of [null, "Ana", 42, ["presenting"], true])
      expect(presenceFor(state, host)).toBeUndefined();
  });

  it("should not change the state it was given", () => {
    const state = { ...everything };
    presenceFor(state, view);
    expect(state).toEqual(everything);
  });
});

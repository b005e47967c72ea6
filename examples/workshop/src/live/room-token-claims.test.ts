import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readRoomTokenClaims } from "./room-token-claims";

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const jwt = (payload: unknown) => `${part({ alg: "HS256" })}.${part(payload)}.signature`;

describe("room token claims", () => {
  it("reads role, facilitator and expiry from the token's payload (UTF-8 names included)", () => {
    const token = jwt({ room: "w1", name: "Zoë 🎈", role: "edit", facilitator: true, exp: 1_800_000_000 });
    expect(readRoomTokenClaims(token)).toEqual({
      role: "edit",
      facilitator: true,
      expiresAt: new Date(1_800_000_000_000),
      participant: undefined,
    });
    // A short link's token names its participant: their ballot's key.
    expect(readRoomTokenClaims(jwt({ role: "edit", participant: "p-abc" })).participant).toBe("p-abc");
    expect(readRoomTokenClaims(jwt({ role: "edit", exp: 1 })).facilitator).toBe(false);
  });

  it("a view token never facilitates, even if it claims to", () => {
    expect(readRoomTokenClaims(jwt({ role: "view", facilitator: true })).facilitator).toBe(false);
  });

  it("anything that is not a token is no role and not the facilitator, and never throws", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const claims = readRoomTokenClaims(text);
        expect(claims.facilitator).toBe(false);
      }),
    );
    expect(readRoomTokenClaims("a.b.c")).toEqual({
      role: undefined,
      facilitator: false,
      expiresAt: undefined,
      participant: undefined,
    });
    expect(readRoomTokenClaims(`x.${part(null)}.y`).role).toBeUndefined();
  });
});

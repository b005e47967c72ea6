import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { signRoomToken, verifyRoomToken } from "./room-token.js";

const secret = "a-workshop-secret-of-some-length";

describe("room tokens", () => {
  it("round-trip { room, name, role } signed with HS256", async () => {
    const token = await signRoomToken({ room: "workshop-42", name: "Ana", role: "view" }, secret);
    expect(await verifyRoomToken(token, secret, "workshop-42")).toEqual({
      room: "workshop-42",
      name: "Ana",
      role: "view",
    });
    expect(JSON.parse(Buffer.from(token.split(".")[0]!, "base64url").toString())).toEqual({ alg: "HS256" });
  });

  it("refuse a missing token, another secret, another room and an expired token, saying why", async () => {
    const token = await signRoomToken({ room: "r1", name: "Ana", role: "edit" }, secret);
    await expect(verifyRoomToken(undefined, secret)).rejects.toThrow("no token");
    await expect(verifyRoomToken(token, "another-secret-of-some-length")).rejects.toThrow("not valid");
    await expect(verifyRoomToken(token, secret, "r2")).rejects.toThrow('the token is for room "r1"');
    const expired = await new SignJWT({ room: "r1", name: "Ana", role: "edit" })
      .setProtectedHeader({ alg: "HS256" })
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(secret));
    await expect(verifyRoomToken(expired, secret, "r1")).rejects.toThrow("expired");
  });

  it("refuse a token without an expiry, or with a role that is not edit or view", async () => {
    const key = new TextEncoder().encode(secret);
    const forever = await new SignJWT({ room: "r1", name: "Ana", role: "edit" })
      .setProtectedHeader({ alg: "HS256" })
      .sign(key);
    await expect(verifyRoomToken(forever, secret)).rejects.toThrow();
    const admin = await new SignJWT({ room: "r1", name: "Ana", role: "admin" })
      .setProtectedHeader({ alg: "HS256" })
      .setExpirationTime("1h")
      .sign(key);
    await expect(verifyRoomToken(admin, secret)).rejects.toThrow("lacks room, name or role");
    await expect(signRoomToken({ room: "../etc", name: "x", role: "edit" }, secret)).rejects.toThrow(
      'room "../etc"',
    );
  });

  it("carry facilitator only on an edit token; a forged view token that claims it does not facilitate", async () => {
    const host = await signRoomToken({ room: "r1", name: "Ana", role: "edit", facilitator: true }, secret);
    expect(await verifyRoomToken(host, secret, "r1")).toEqual({
      room: "r1",
      name: "Ana",
      role: "edit",
      facilitator: true,
    });
    const plain = await signRoomToken({ room: "r1", name: "Ben", role: "edit" }, secret);
    expect(await verifyRoomToken(plain, secret, "r1")).not.toHaveProperty("facilitator");
    await expect(
      signRoomToken({ room: "r1", name: "Ana", role: "view", facilitator: true }, secret),
    ).rejects.toThrow("must be an edit token");
    const viewer = await new SignJWT({ room: "r1", name: "Eve", role: "view", facilitator: true })
      .setProtectedHeader({ alg: "HS256" })
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode(secret));
    expect(await verifyRoomToken(viewer, secret, "r1")).toEqual({ room: "r1", name: "Eve", role: "view" });
  });

  it("end at a given time when ttl is seconds since the epoch (a participant's token ends with the host's)", async () => {
    const exp = Math.floor(Date.now() / 1000) + 3600;
    const token = await signRoomToken({ room: "r1", name: "Ben", role: "edit" }, secret, exp);
    expect(JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()).exp).toBe(exp);
  });

  it("carry one participant's own id, and refuse to sign one that is not an id", async () => {
    const token = await signRoomToken(
      { room: "w42", name: "participant", role: "edit", participant: "p-7kq2mx4p9abc" },
      secret,
    );
    expect(await verifyRoomToken(token, secret, "w42")).toEqual({
      room: "w42",
      name: "participant",
      role: "edit",
      participant: "p-7kq2mx4p9abc",
    });
    await expect(
      signRoomToken({ room: "w42", name: "x", role: "edit", participant: "a b" }, secret),
    ).rejects.toThrow('participant "a b"');
  });
});

import { describe, expect, it } from "vitest";
import { RoomTokenError, signRoomToken, verifyRoomToken } from "../tokens/room-token.js";
import {
  FacilitatorSessionError,
  signFacilitatorSession,
  verifyFacilitatorSession,
} from "./facilitator-session.js";
import { hashPasscode } from "./passcode-hash.js";

const secret = "session-secret-for-journeykit-tests";

describe("facilitator session", () => {
  it("is issued for the current passcode and checked against it", async () => {
    const record = await hashPasscode("blue-otter-42");
    const { session, expiresAt } = await signFacilitatorSession(secret, record);
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(29 * 24 * 3600 * 1000);
    expect(session).not.toContain("blue-otter-42");
    await expect(verifyFacilitatorSession(session, secret, record)).resolves.toBeUndefined();
  });

  it("ends when the passcode changes, and is refused when forged, expired or missing", async () => {
    const record = await hashPasscode("blue-otter-42");
    const { session } = await signFacilitatorSession(secret, record);
    const changed = await hashPasscode("blue-otter-42");
    await expect(verifyFacilitatorSession(session, secret, changed)).rejects.toThrow("passcode has changed");
    await expect(verifyFacilitatorSession(session, "another-secret-of-16+", record)).rejects.toThrow(
      FacilitatorSessionError,
    );
    const expired = await signFacilitatorSession(secret, record, Math.floor(Date.now() / 1000) - 10);
    await expect(verifyFacilitatorSession(expired.session, secret, record)).rejects.toThrow("has ended");
    await expect(verifyFacilitatorSession(undefined, secret, record)).rejects.toThrow("sign in");
  });

  it("is not a room token, and a room token is not a session", async () => {
    const record = await hashPasscode("blue-otter-42");
    const { session } = await signFacilitatorSession(secret, record);
    await expect(verifyRoomToken(session, secret)).rejects.toThrow(RoomTokenError);
    const room = await signRoomToken({ room: "w1", name: "Ana", role: "edit", facilitator: true }, secret);
    await expect(verifyFacilitatorSession(room, secret, record)).rejects.toThrow(FacilitatorSessionError);
  });
});

import { describe, expect, it } from "vitest";
import { type LiveStatus, nextLiveStatus } from "./live-status";

describe("the live status pill", () => {
  it("is connecting until the first connection, then offline when it drops and reconnecting on a retry", () => {
    const seen: LiveStatus[] = [];
    let status: LiveStatus = "connecting";
    for (const socket of [
      "connecting",
      "disconnected",
      "connected",
      "disconnected",
      "connecting",
      "connected",
    ] as const) {
      status = nextLiveStatus(status, socket);
      seen.push(status);
    }
    expect(seen).toEqual(["connecting", "connecting", "connected", "offline", "reconnecting", "connected"]);
  });
});

import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import { afterEach, describe, expect, it } from "vitest";
import { announceOnReconnect } from "./announce-on-reconnect";

const providers: HocuspocusProvider[] = [];
afterEach(() => {
  for (const provider of providers.splice(0)) provider.destroy();
});

/** A real Hocuspocus provider that never connects: the test says when the room has synced. */
function provider() {
  const made = new HocuspocusProvider({
    name: "room",
    websocketProvider: new HocuspocusProviderWebsocket({ url: "ws://127.0.0.1:1", autoConnect: false }),
  });
  providers.push(made);
  return made;
}

const clockOf = (made: HocuspocusProvider) => made.awareness!.meta.get(made.awareness!.clientID)?.clock;

describe("announceOnReconnect", () => {
  it("sends the same presence again with a new clock each time the room has synced again", () => {
    const made = provider();
    made.awareness!.setLocalState({ name: "Bea", colour: "#2f9e44", pointer: null });
    const sent: number[][] = [];
    made.awareness!.on("update", ({ updated }: { updated: number[] }) => sent.push(updated));
    const stop = announceOnReconnect(made);
    const before = clockOf(made)!;
    made.synced = true;
    expect(clockOf(made)).toBe(before + 1);
    expect(made.awareness!.getLocalState()).toEqual({ name: "Bea", colour: "#2f9e44", pointer: null });
    expect(sent).toEqual([[made.awareness!.clientID]]);
    // The connection drops (no announce), then the room syncs again: announced again.
    made.synced = false;
    expect(clockOf(made)).toBe(before + 1);
    made.synced = true;
    expect(clockOf(made)).toBe(before + 2);
    stop();
    made.synced = false;
    made.synced = true;
    expect(clockOf(made)).toBe(before + 2);
  });

  it("announces nothing for someone who shares no presence", () => {
    const made = provider();
    made.awareness!.setLocalState(null);
    announceOnReconnect(made);
    made.synced = true;
    expect(made.awareness!.getLocalState()).toBeNull();
  });
});

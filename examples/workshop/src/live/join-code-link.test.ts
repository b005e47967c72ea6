import { describe, expect, it } from "vitest";
import { exchangeJoinCode, joinCodeOf, joinedUrl } from "./join-code-link";
import { parseLiveLink } from "./live-link";

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

/** journeykit-server's `POST /j/:code`: a token per call, naming the earlier one it was sent back. */
function server(answers: Record<string, { status: number; body: unknown }> = {}) {
  const calls: { url: string; body: unknown }[] = [];
  let issued = 0;
  const post = (async (url: string, init: RequestInit = {}) => {
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ url, body });
    const fixed = answers[url];
    if (fixed) return new Response(JSON.stringify(fixed.body), { status: fixed.status });
    issued += 1;
    return new Response(
      JSON.stringify({ room: "kickoff-x7k2ab", role: "edit", token: `token-${issued}`, expiresAt: "" }),
      { status: 200 },
    );
  }) as typeof fetch;
  return { calls, post };
}

describe("short join links in the app", () => {
  it("reads the code from the path the QR code holds, and nothing else", () => {
    expect(joinCodeOf("/j/7kq2mx4p9")).toBe("7kq2mx4p9");
    expect(joinCodeOf("/j/7kq2mx4p9/")).toBe("7kq2mx4p9");
    expect(joinCodeOf("/")).toBeNull();
    expect(joinCodeOf("/j/")).toBeNull();
    expect(joinCodeOf("/j/a/b")).toBeNull();
  });

  it("exchanges the code for a token, and sends that token back the next time (the same participant)", async () => {
    const kept = memoryStorage();
    const { calls, post } = server();
    expect(await exchangeJoinCode("7kq2mx4p9", kept, post)).toEqual({
      room: "kickoff-x7k2ab",
      role: "edit",
      token: "token-1",
    });
    expect(calls[0]).toEqual({ url: "/j/7kq2mx4p9", body: undefined });
    await exchangeJoinCode("7kq2mx4p9", kept, post);
    expect(calls[1]).toEqual({ url: "/j/7kq2mx4p9", body: { rejoin: "token-1" } });
    expect(kept.items.get("journeykit:join:7kq2mx4p9")).toBe("token-2");
  });

  it("says why in words when the server refuses (an ended room), and when it does not answer", async () => {
    const { post } = server({
      "/j/7kq2mx4p9": {
        status: 410,
        body: { error: "the facilitator has ended this workshop: its links no longer open it" },
      },
    });
    await expect(exchangeJoinCode("7kq2mx4p9", memoryStorage(), post)).rejects.toThrow(
      "The facilitator has ended this workshop: its links no longer open it.",
    );
    const down = (async () => {
      throw new TypeError("Failed to fetch");
    }) as typeof fetch;
    await expect(exchangeJoinCode("7kq2mx4p9", memoryStorage(), down)).rejects.toThrow("does not answer");
  });

  it("goes to the room on the server that served the app, as a live link a reload keeps", () => {
    const url = joinedUrl({ room: "kickoff-x7k2ab", role: "view", token: "a.b.c" }, "ws://192.168.1.20:4455");
    expect(url).toBe("/#/live/kickoff-x7k2ab?token=a.b.c");
    expect(parseLiveLink(url.slice(1), "ws://192.168.1.20:4455")).toMatchObject({
      room: "kickoff-x7k2ab",
      token: "a.b.c",
      server: "ws://192.168.1.20:4455",
    });
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultServer, liveHash, liveUrl, parseLiveLink, serverHttpUrl } from "./live-link";

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const token = (payload: unknown) => `${part({ alg: "HS256" })}.${part(payload)}.sig`;
const FACILITATOR = token({ room: "w1", name: "Ana", role: "edit", facilitator: true, exp: 2_000_000_000 });

describe("live links", () => {
  it("round-trips any room, server and token through the hash", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9_-]{1,100}$/),
        fc.webUrl(),
        fc.oneof(fc.string({ minLength: 1 }), fc.constant(FACILITATOR)),
        fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
        (room, server, anyToken, map) => {
          const facilitator = anyToken === FACILITATOR;
          const link = { room, server, token: anyToken, facilitator, ...(facilitator && map ? { map } : {}) };
          expect(parseLiveLink(liveHash(link))).toEqual(link);
        },
      ),
    );
  });

  it("is the facilitator's only when the token says so: role=facilitator in the link counts for nothing", () => {
    const participant = token({ room: "w1", name: "participant", role: "edit", exp: 2_000_000_000 });
    const server = "server=ws%3A%2F%2Fa%3A1";
    expect(parseLiveLink(`#/live/w1?${server}&token=${participant}&role=facilitator`)?.facilitator).toBe(
      false,
    );
    expect(parseLiveLink(`#/live/w1?${server}&token=${FACILITATOR}`)?.facilitator).toBe(true);
  });

  it("is null for other routes and for links missing the server or the token", () => {
    expect(parseLiveLink("#/map/abc")).toBeNull();
    expect(parseLiveLink("#/live/room?server=ws%3A%2F%2Fa%3A1")).toBeNull();
    expect(parseLiveLink("#/live/room?token=t")).toBeNull();
    expect(parseLiveLink("#/live/?server=ws%3A%2F%2Fa%3A1&token=t")).toBeNull();
  });

  it("joins on the page's origin; participants' links never say facilitator", () => {
    const link = { room: "w1", server: "ws://192.168.1.5:1234", token: "abc", facilitator: false };
    expect(liveUrl(link, "http://192.168.1.5:5173")).toBe(
      "http://192.168.1.5:5173/#/live/w1?server=ws%3A%2F%2F192.168.1.5%3A1234&token=abc",
    );
  });

  it("reaches the server's HTTP API on the WebSocket's host and port", () => {
    expect(serverHttpUrl("ws://192.168.1.5:1234")).toBe("http://192.168.1.5:1234");
    expect(serverHttpUrl("wss://live.example/")).toBe("https://live.example");
  });

  it("defaults the server to the configured one, else port 1234 on the page's host", () => {
    expect(defaultServer("ws://x:9", { protocol: "http:", hostname: "h" })).toBe("ws://x:9");
    expect(defaultServer(undefined, { protocol: "http:", hostname: "192.168.1.5" })).toBe(
      "ws://192.168.1.5:1234",
    );
    expect(defaultServer(undefined, { protocol: "https:", hostname: "w.example" })).toBe(
      "wss://w.example:1234",
    );
  });

  it("served by journeykit-server, a link leaves out the server it came from, and reads back to it", () => {
    const own = "ws://192.168.1.5:4455";
    const link = { room: "w1", server: own, token: "abc", facilitator: false };
    const url = liveUrl(link, "http://192.168.1.5:4455", "/", own);
    expect(url).toBe("http://192.168.1.5:4455/#/live/w1?token=abc");
    expect(parseLiveLink(new URL(url).hash, own)).toEqual(link);
    // Another server is still named, and a link without one means nothing to an app not served by one.
    expect(liveHash({ ...link, server: "ws://other:1" }, own)).toContain("server=");
    expect(parseLiveLink("#/live/w1?token=abc")).toBeNull();
  });
});

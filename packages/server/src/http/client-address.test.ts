import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address.js";

const request = (headers: IncomingMessage["headers"], remoteAddress = "127.0.0.1") =>
  ({ headers, socket: { remoteAddress } }) as unknown as IncomingMessage;

describe("clientAddress", () => {
  it("is the socket's peer unless the server is told it sits behind a proxy", () => {
    expect(clientAddress(request({ "x-forwarded-for": "203.0.113.9" }, "10.0.0.2"))).toBe("10.0.0.2");
  });

  it("behind a proxy, is the address the proxy saw: the header's last entry, whatever a client put before it", () => {
    expect(clientAddress(request({ "x-forwarded-for": "203.0.113.9" }), true)).toBe("203.0.113.9");
    expect(clientAddress(request({ "x-forwarded-for": "1.2.3.4, 198.51.100.7" }), true)).toBe("198.51.100.7");
    expect(clientAddress(request({ "x-forwarded-for": ["1.2.3.4", "198.51.100.8 "] }), true)).toBe(
      "198.51.100.8",
    );
    // A request that did not come through the proxy (no header): its own address.
    expect(clientAddress(request({}, "10.0.0.3"), true)).toBe("10.0.0.3");
    expect(clientAddress(request({ "x-forwarded-for": " , " }, "10.0.0.4"), true)).toBe("10.0.0.4");
  });
});

import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { lanAddresses, publicOrigin } from "./public-origin.js";

const request = (host: string) => ({ headers: { host } }) as IncomingMessage;
const ipv4 = (address: string, internal = false) => ({
  address,
  netmask: "255.255.255.0",
  family: "IPv4" as const,
  mac: "00:00:00:00:00:00",
  internal,
  cidr: null,
});

describe("where participants' links point", () => {
  it("lists the Wi-Fi or Ethernet address before those of containers and tunnels, never loopback", () => {
    const interfaces = {
      lo: [ipv4("127.0.0.1", true)],
      docker0: [ipv4("172.17.0.1")],
      wlan0: [ipv4("192.168.1.20")],
      utun3: [ipv4("100.64.0.7")],
    };
    expect(lanAddresses(interfaces)).toEqual(["192.168.1.20", "172.17.0.1", "100.64.0.7"]);
  });

  it("names the address the facilitator used, unless it is this machine only: then the network address", () => {
    const lan = ["192.168.1.20"];
    expect(publicOrigin(request("192.168.1.20:4455"), 4455, undefined, lan)).toBe("http://192.168.1.20:4455");
    expect(publicOrigin(request("workshop.local:4455"), 4455, undefined, lan)).toBe(
      "http://workshop.local:4455",
    );
    expect(publicOrigin(request("localhost:4455"), 4455, undefined, lan)).toBe("http://192.168.1.20:4455");
    expect(publicOrigin(request("127.0.0.1:4455"), 4455, undefined, lan)).toBe("http://192.168.1.20:4455");
    expect(publicOrigin(request("[::1]:4455"), 4455, undefined, lan)).toBe("http://192.168.1.20:4455");
    // No network at all: the facilitator's own address is the best there is.
    expect(publicOrigin(request("localhost:4455"), 4455, undefined, [])).toBe("http://localhost:4455");
  });

  it("names --public-url when given (a reverse proxy's https address)", () => {
    expect(
      publicOrigin(request("localhost:4455"), 4455, "https://workshop.example.com/", ["192.168.1.20"]),
    ).toBe("https://workshop.example.com");
  });
});

import { describe, expect, it } from "vitest";
import { openAddresses, welcomeLines } from "./welcome-lines.js";

describe("what journeykit-server prints when it starts", () => {
  it("lists localhost and every network address on all interfaces; one address otherwise", () => {
    expect(openAddresses("0.0.0.0", 4455, undefined, ["192.168.1.20", "10.0.0.4"])).toEqual([
      "http://localhost:4455",
      "http://192.168.1.20:4455",
      "http://10.0.0.4:4455",
    ]);
    expect(openAddresses("127.0.0.1", 4455, undefined, ["192.168.1.20"])).toEqual(["http://127.0.0.1:4455"]);
    expect(openAddresses("0.0.0.0", 4455, "https://w.example/x", [])).toEqual(["https://w.example"]);
  });

  it("shows a QR code of the first network address for phones, and the passcode only when it was just made", async () => {
    const lines = await welcomeLines({
      addresses: ["http://localhost:4455", "http://192.168.1.20:4455", "http://172.17.0.1:4455"],
      app: true,
      passcode: "k7mq-p3xr-9tdw",
      dataDir: "./journeykit-data",
    });
    const text = lines.join("\n");
    expect(text).toContain("On a phone or the projector's laptop (same Wi-Fi): http://192.168.1.20:4455");
    expect(text).toMatch(/[▀▄█]/);
    expect(text).toContain("Facilitator passcode: k7mq-p3xr-9tdw");
    const again = (
      await welcomeLines({ addresses: ["http://127.0.0.1:4455"], app: true, passcode: null, dataDir: "d" })
    ).join("\n");
    expect(again).not.toContain("Facilitator passcode");
    expect(again).not.toMatch(/[▀▄█]/);
  });

  it("says so when the workshop app is not in the build", async () => {
    const lines = await welcomeLines({
      addresses: ["http://localhost:1"],
      app: false,
      passcode: null,
      dataDir: "d",
    });
    expect(lines.join("\n")).toContain("The workshop app is not in this build");
  });
});

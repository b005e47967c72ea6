import { afterEach, describe, expect, it } from "vitest";
import { ownServerUrl, servedByJourneykitServer } from "./served-by-server";

afterEach(() => {
  for (const meta of document.querySelectorAll('meta[name="journeykit-server"]')) meta.remove();
});

describe("an app served by journeykit-server", () => {
  it("knows it from the tag the server writes into its page, and nothing else", () => {
    expect(servedByJourneykitServer()).toBe(false);
    document.head.insertAdjacentHTML("afterbegin", '<meta name="journeykit-server" content="same-origin">');
    expect(servedByJourneykitServer()).toBe(true);
  });

  it("talks to the server on its own host and port", () => {
    expect(ownServerUrl({ protocol: "http:", host: "192.168.1.20:4455" })).toBe("ws://192.168.1.20:4455");
    expect(ownServerUrl({ protocol: "https:", host: "live.example" })).toBe("wss://live.example");
  });
});

import { describe, expect, it } from "vitest";
import { coreDe } from "../i18n/core-messages/de.js";
import { coreEs } from "../i18n/core-messages/es.js";
import { coreFr } from "../i18n/core-messages/fr.js";
import type { Channel } from "../records/touchpoint.js";
import { channelLabel } from "./channel-label.js";

describe("channelLabel", () => {
  it("is a short tag in English by default", () => {
    expect(channelLabel("mobile-app")).toBe("App");
    expect(channelLabel("in-store")).toBe("In store");
  });

  it("is the locale's word, and a channel it does not know is written as given", () => {
    expect(channelLabel("in-store", { locale: "es", messages: coreEs })).toBe("En tienda");
    expect(channelLabel("word-of-mouth", { locale: "de", messages: coreDe })).toBe("Mundpropaganda");
    expect(channelLabel("email", { locale: "fr", messages: coreFr })).toBe("E-mail");
    expect(channelLabel("carrier-pigeon" as Channel, { locale: "fr", messages: coreFr })).toBe(
      "carrier-pigeon",
    );
  });
});

import { describe, expect, it } from "vitest";
import { coreDe } from "../i18n/core-messages/de.js";
import { coreEs } from "../i18n/core-messages/es.js";
import { coreFr } from "../i18n/core-messages/fr.js";
import { LANE_KIND_TITLES, LANE_KINDS } from "../records/lane.js";
import { laneKindTitle } from "./lane-kind-title.js";

describe("laneKindTitle", () => {
  it("is LANE_KIND_TITLES in English", () => {
    for (const kind of LANE_KINDS) expect(laneKindTitle(kind)).toBe(LANE_KIND_TITLES[kind]);
  });

  it("names a kind as consultants of the locale do", () => {
    expect(laneKindTitle("touchpoints", { locale: "es", messages: coreEs })).toBe("Puntos de contacto");
    expect(laneKindTitle("painPoints", { locale: "de", messages: coreDe })).toBe("Pain Points");
    expect(laneKindTitle("painPoints", { locale: "fr", messages: coreFr })).toBe("Irritants");
  });
});

import { createJourneyMap, validateJourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { conflictCopy } from "./conflict-copy";

describe("conflictCopy", () => {
  it("is a separate, valid map with the same content and a title saying where it came from", () => {
    const map = createJourneyMap({ title: "Checkout", now: new Date("2026-01-01T00:00:00Z") });
    const copy = conflictCopy(map, "other tab", new Date("2026-03-04T05:06:07Z"));
    expect(copy.id).not.toBe(map.id);
    expect(copy.title).toBe("Checkout (other tab)");
    expect(copy.updatedAt).toBe("2026-03-04T05:06:07.000Z");
    expect({
      ...copy,
      id: map.id,
      title: map.title,
      createdAt: map.createdAt,
      updatedAt: map.updatedAt,
    }).toEqual(map);
    expect(validateJourneyMap(copy).ok).toBe(true);
  });

  it("names an untitled map", () => {
    expect(conflictCopy(createJourneyMap({ title: "  " }), "your version").title).toBe(
      "Untitled journey (your version)",
    );
  });
});

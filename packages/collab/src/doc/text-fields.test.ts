import { describe, expect, it } from "vitest";
import { recordCollections } from "./doc-layout.js";
import { textFields } from "./text-fields.js";

describe("textFields", () => {
  it("reads the free text of each record kind from core's registry", () => {
    expect([...textFields("cards")]).toEqual(["text"]);
    expect([...textFields("stages")]).toEqual(["name", "description"]);
    expect([...textFields("lanes")]).toEqual(["title"]);
    expect(textFields("touchpoints")).toEqual(new Set(["name", "owner", "description"]));
    expect(textFields("momentsOfTruth")).toEqual(new Set(["title", "description"]));
  });

  it("leaves out ids, references, colours, dates and choices", () => {
    for (const collection of recordCollections()) {
      for (const field of ["id", "stageId", "laneId", "personaId", "touchpointId", "color", "channel"]) {
        expect(textFields(collection).has(field)).toBe(false);
      }
    }
    expect(textFields("sources").has("importedAt")).toBe(false);
    expect(textFields("cards").has("evidence")).toBe(false);
  });

  it("names nothing for what is not a record collection (core's registry test pins the rest to the schema)", () => {
    expect(textFields("title").size).toBe(0);
    expect(textFields("tags").size).toBe(0);
  });
});

import {
  createCard,
  createJourneyMap,
  getTemplate,
  type JourneyMap,
  journeyMapSchema,
} from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { InvalidMapError } from "../trusted-map.js";
import { fromJson, toJson } from "./to-json.js";

describe("toJson", () => {
  it("writes 2-space indented JSON with a trailing newline, records in document order", () => {
    const map = getTemplate("checkout")?.create() ?? getTemplate("saas-trial")!.create();
    const text = toJson(map);
    expect(text.endsWith("}\n")).toBe(true);
    expect(text.split("\n")[1]).toBe('  "format": "journeykit/map",');
    expect(JSON.parse(text).cards.map((c: { id: string }) => c.id)).toEqual(map.cards.map((c) => c.id));
  });

  it("orders every record's fields as the schema does, unknown ones after, sorted", () => {
    const map = createJourneyMap({ title: "T" });
    const card = createCard({ laneId: map.lanes[0]!.id, stageId: map.stages[0]!.id, text: "x", severity: 2 });
    // Fields in a scrambled order, plus unknown ones a newer writer might add.
    map.cards.push({
      zeta: 1,
      severity: 2,
      text: "x",
      alpha: true,
      stageId: card.stageId,
      laneId: card.laneId,
      id: card.id,
    } as never);
    const doc = JSON.parse(toJson({ ...map, zz: 1, aa: 2 } as JourneyMap));
    expect(Object.keys(doc.cards[0])).toEqual([
      "id",
      "laneId",
      "stageId",
      "text",
      "severity",
      "alpha",
      "zeta",
    ]);
    expect(Object.keys(doc).slice(0, -2)).toEqual(
      Object.keys(journeyMapSchema.shape).filter((k) => k in doc),
    );
    expect(Object.keys(doc).slice(-2)).toEqual(["aa", "zz"]);
    expect(Object.keys(doc.stages[0])[0]).toBe("id");
  });

  it("is stable: the same map in another key order gives the same text", () => {
    const map = getTemplate("gym-onboarding")!.create();
    // Record fields reversed; free-form maps (demographics, meta) keep their own order, which is data.
    const reverse = (record: object) => Object.fromEntries(Object.entries(record).reverse());
    const reversed = reverse(
      Object.fromEntries(
        Object.entries(map).map(([key, value]) => [
          key,
          Array.isArray(value) ? (value as object[]).map(reverse) : value,
        ]),
      ),
    ) as unknown as JourneyMap;
    expect(Object.keys(reversed)[0]).not.toBe("format");
    expect(toJson(reversed)).toBe(toJson(map));
  });

  it("refuses an invalid map, naming the path", () => {
    const map = createJourneyMap();
    map.cards.push({ id: "c", laneId: map.lanes[0]!.id, stageId: "s9", text: "x" });
    expect(() => toJson(map)).toThrow(InvalidMapError);
    expect(() => toJson(map)).toThrow('cards[0].stageId: no stage with id "s9"');
  });
});

describe("fromJson", () => {
  it("reads back exactly what toJson wrote, keeping meta and unknown fields", () => {
    const map = getTemplate("restaurant-complaint-recovery")!.create();
    map.cards[0]!.meta = { jira: "CX-12", nested: { b: 1, a: [1, 2] } };
    const withUnknown = { ...map, futureField: { x: 1 } } as JourneyMap;
    const back = fromJson(toJson(withUnknown));
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    expect(back.map).toEqual(withUnknown);
    expect(toJson(back.map)).toBe(toJson(withUnknown));
  });

  it("returns path-specific errors, never throws", () => {
    expect(fromJson("")).toMatchObject({ ok: false });
    expect(fromJson("[1,2")).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringMatching(/not valid JSON/) }],
    });
    const map = createJourneyMap();
    const doc = JSON.parse(toJson(map));
    doc.stages[0].name = 42;
    const result = fromJson(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]!.path).toBe("stages[0].name");
  });
});

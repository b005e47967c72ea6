import { cardSchema, emotionPointSchema, laneSchema, momentOfTruthSchema } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { type FieldSchema, repairValue } from "./repair-value.js";

const field = (schema: { shape: Record<string, unknown> }, name: string) => schema.shape[name] as FieldSchema;
const text = field(cardSchema, "text");
const laneId = field(cardSchema, "laneId");
const score = field(emotionPointSchema, "score");
const importance = field(momentOfTruthSchema, "importance");
const kind = field(laneSchema, "kind");

describe("repairValue", () => {
  it("should cut free text to the longest start its field accepts", () => {
    expect(repairValue(text, "a".repeat(25_000))).toEqual({ value: "a".repeat(20_000) });
  });

  it("should clamp a number to the nearest value accepted, rounding first", () => {
    expect(repairValue(score, 4)).toEqual({ value: 3 });
    expect(repairValue(score, -1e12)).toEqual({ value: -3 });
    expect(repairValue(score, -1.4)).toEqual({ value: -1 });
    expect(repairValue(importance, 0)).toEqual({ value: 1 });
    expect(repairValue(importance, 3.5)).toEqual({ value: 4 });
  });

  it("should give anything else the field's plainest value", () => {
    expect(repairValue(text, 42)).toEqual({ value: "" });
    expect(repairValue(score, Number.NaN)).toEqual({ value: 0 });
    expect(repairValue(score, "3")).toEqual({ value: 0 });
    expect(repairValue(importance, null)).toEqual({ value: 1 });
    expect(repairValue(kind, "telepathy")).toEqual({ value: laneSchema.shape.kind.options[0] });
  });

  it("should never invent an identifier", () => {
    for (const value of [7, "", null, "x".repeat(500), {}])
      expect(repairValue(laneId, value)).toBeUndefined();
  });
});

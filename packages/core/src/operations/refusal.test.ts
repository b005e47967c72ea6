import { describe, expect, it } from "vitest";
import { createJourneyMap } from "../records/journey-map.js";
import { createMetric } from "../records/metric.js";
import { createStage } from "../records/stage.js";
import { applyOperation } from "./apply-operation.js";
import { addMetric, updateMetric } from "./metric-operations.js";
import { addStage } from "./stage-operations.js";

describe("refused operations say why", () => {
  const map = addMetric(createJourneyMap(), { record: createMetric({ id: "m1", kind: "CSAT", value: 50 }) });

  it("an update whose result would not validate names the field and the range", () => {
    const applied = applyOperation(map, updateMetric, { id: "m1", changes: { kind: "CES" } });
    expect(applied.map).toBe(map);
    expect(applied.refused).toEqual([
      { path: "metrics[0].value", message: "CES value must be between 1 and 7, got 50" },
    ]);
  });

  it("an update of a missing record, unknown fields, a taken id", () => {
    expect(
      applyOperation(map, updateMetric, { id: "nope", changes: { value: 1 } }).refused?.[0]?.message,
    ).toBe('no record with id "nope"');
    const unknown = applyOperation(map, updateMetric, { id: "m1", changes: { colour: "red" } as never });
    expect(unknown.refused?.[0]).toEqual({ path: "metrics", message: 'no field named "colour"' });
    const taken = applyOperation(map, addStage, { record: createStage({ id: "m1" }) });
    expect(taken.refused?.[0]).toEqual({ path: "stages[new].id", message: '"m1" is already used' });
  });

  it("an edit that applies, or changes nothing, has no reasons", () => {
    expect(applyOperation(map, updateMetric, { id: "m1", changes: { value: 60 } }).refused).toBeUndefined();
    expect(applyOperation(map, updateMetric, { id: "m1", changes: { value: 50 } }).refused).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { createCard } from "../records/card.js";
import { createJourneyMap } from "../records/journey-map.js";
import { createMetric } from "../records/metric.js";
import { createMomentOfTruth } from "../records/moment-of-truth.js";
import { createStage } from "../records/stage.js";
import { applyOperation } from "./apply-operation.js";
import { addCard, updateCard } from "./card-operations.js";
import { addMetric, updateMetric } from "./metric-operations.js";
import { addMomentOfTruth } from "./moment-operations.js";
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
    expect(unknown.refused?.[0]).toEqual({ path: "metrics[0].colour", message: 'no field named "colour"' });
    const taken = applyOperation(map, addStage, { record: createStage({ id: "m1" }) });
    expect(taken.refused?.[0]).toEqual({ path: "stages[new].id", message: '"m1" is already used' });
  });

  it("names each field the record kind does not have, at its own path", () => {
    const added = applyOperation(map, addStage, {
      record: { ...createStage({ name: "Pay" }), colour: "red", "odd key": 1 } as never,
    });
    expect(added.refused).toEqual([
      { path: "stages[new].colour", message: 'no field named "colour"' },
      { path: 'stages[new]["odd key"]', message: 'no field named "odd key"' },
    ]);
    const notAnObject = applyOperation(map, updateMetric, { id: "m1", changes: 5 as never });
    expect(notAnObject.refused).toEqual([{ path: "metrics[0]", message: "expected an object of fields" }]);
  });

  it("names the reference field that points nowhere, and what it points at", () => {
    const lane = map.lanes[0]!;
    const stage = map.stages[0]!;
    const card = createCard({ laneId: lane.id, stageId: "nope", text: "Waits" });
    expect(applyOperation(map, addCard, { record: card }).refused).toEqual([
      { path: "cards[new].stageId", message: 'no stage with id "nope"' },
    ]);
    const withCard = addCard(map, { record: { ...card, stageId: stage.id } });
    expect(
      applyOperation(withCard, updateCard, { id: card.id, changes: { personaId: "ghost" } }).refused,
    ).toEqual([{ path: "cards[0].personaId", message: 'no persona with id "ghost"' }]);
    const moment = createMomentOfTruth({ stageId: stage.id, title: "Pays", kind: "FMOT", importance: 3 });
    expect(
      applyOperation(map, addMomentOfTruth, { record: { ...moment, personaIds: ["ghost"] } }).refused,
    ).toEqual([{ path: "momentsOfTruth[new].personaIds[0]", message: 'no persona with id "ghost"' }]);
    expect(applyOperation(map, updateMetric, { id: "m1", changes: { stageId: "nope" } }).refused).toEqual([
      { path: "metrics[0].stageId", message: 'no stage with id "nope"' },
    ]);
  });

  it("an edit that applies, or changes nothing, has no reasons", () => {
    expect(applyOperation(map, updateMetric, { id: "m1", changes: { value: 60 } }).refused).toBeUndefined();
    expect(applyOperation(map, updateMetric, { id: "m1", changes: { value: 50 } }).refused).toBeUndefined();
  });
});

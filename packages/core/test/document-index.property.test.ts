import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addCard,
  addLane,
  addStage,
  addTouchpoint,
  applyOperation,
  createCard,
  createHistory,
  createLane,
  createStage,
  createTouchpoint,
  documentIndex,
  duplicateCard,
  duplicateStage,
  type JourneyMap,
  moveCard,
  moveLane,
  moveStage,
  moveTouchpoint,
  type Operation,
  RECORD_COLLECTION_NAMES,
  removeCard,
  removeLane,
  removeStage,
  removeTouchpoint,
  resetVotes,
  updateCard,
  updateTouchpoint,
  voteCard,
} from "../src/index";
import { journeyMapArbitrary } from "./arbitraries";

const runs = process.env.CI ? 400 : 120;
const idOf = (list: readonly { id: string }[], n: number) =>
  list[n % Math.max(1, list.length)]?.id ?? "missing";

type Step = { op: Operation<never>; args: (map: JourneyMap) => unknown };
const step = <A>(op: Operation<A>, args: (map: JourneyMap) => A): Step => ({
  op: op as Operation<never>,
  args: args as (map: JourneyMap) => unknown,
});

/** An edit through core's operations, described by numbers and resolved against the map it edits. */
const stepArbitrary = fc.tuple(fc.nat(19), fc.nat(50), fc.nat(50), fc.integer({ min: -3, max: 6 }));

function stepOf([kind, a, b, n]: [number, number, number, number]): Step {
  const steps: Step[] = [
    step(addCard, (m) => ({
      record: createCard({
        id: `c-${a}-${b}-${n}`,
        laneId: idOf(m.lanes, a),
        stageId: idOf(m.stages, b),
        text: "new",
      }),
      index: n < 0 ? undefined : n,
    })),
    step(updateCard, (m) => ({ id: idOf(m.cards, a), changes: { text: `edit ${b}` } })),
    step(updateCard, (m) => ({ id: idOf(m.cards, a), changes: { severity: 3 as const } })),
    step(moveCard, (m) => ({
      id: idOf(m.cards, a),
      laneId: idOf(m.lanes, b),
      stageId: idOf(m.stages, a + b),
      index: n < 0 ? undefined : n,
    })),
    step(moveCard, (m) => {
      const card = m.cards[a % Math.max(1, m.cards.length)];
      return {
        id: card?.id ?? "missing",
        laneId: card?.laneId ?? "",
        stageId: card?.stageId ?? "",
        index: b % 4,
      };
    }),
    step(removeCard, (m) => ({ id: idOf(m.cards, a) })),
    step(duplicateCard, (m) => ({ id: idOf(m.cards, a) })),
    step(voteCard, (m) => ({ id: idOf(m.cards, a), delta: n })),
    step(resetVotes, () => ({})),
    step(addStage, () => ({ record: createStage({ id: `s-${a}-${b}`, name: "new" }), index: b % 5 })),
    step(removeStage, (m) => ({ id: idOf(m.stages, a) })),
    step(moveStage, (m) => ({ id: idOf(m.stages, a), toIndex: b % 6 })),
    step(duplicateStage, (m) => ({ id: idOf(m.stages, a) })),
    step(addLane, () => ({ record: createLane({ id: `l-${a}-${b}`, kind: "notes" }), index: b % 5 })),
    step(removeLane, (m) => ({ id: idOf(m.lanes, a) })),
    step(moveLane, (m) => ({ id: idOf(m.lanes, a), toIndex: b % 6 })),
    step(addTouchpoint, (m) => ({
      record: createTouchpoint({ id: `t-${a}-${b}`, stageId: idOf(m.stages, a), name: "new" }),
    })),
    step(moveTouchpoint, (m) => ({
      id: idOf(m.touchpoints, a),
      stageId: idOf(m.stages, b),
      index: n < 0 ? undefined : n,
    })),
    step(updateTouchpoint, (m) => ({ id: idOf(m.touchpoints, a), changes: { name: `renamed ${b}` } })),
    step(removeTouchpoint, (m) => ({ id: idOf(m.touchpoints, a) })),
  ];
  return steps[kind]!;
}

/** How a step is taken: through applyOperation, calling the operation, or as an undo or a redo. */
const wayArbitrary = fc.constantFrom("apply", "call", "undo", "redo");

/** The index of `map`, carried or not, answers every question as one built afresh for a copy of it. */
function expectAsFresh(map: JourneyMap, seen: { ids: Set<string>; stages: Set<string>; lanes: Set<string> }) {
  const [carried, fresh] = [documentIndex(map), documentIndex(structuredClone(map))];
  for (const name of RECORD_COLLECTION_NAMES) {
    for (const [i, record] of map[name].entries()) {
      seen.ids.add(record.id);
      expect(carried.positionOf(name, record.id)).toBe(i);
      expect(carried.byId(name, record.id)).toBe(record);
    }
    for (const id of seen.ids) expect(carried.positionOf(name, id)).toBe(fresh.positionOf(name, id));
  }
  for (const stage of map.stages) seen.stages.add(stage.id);
  for (const lane of map.lanes) seen.lanes.add(lane.id);
  for (const stageId of seen.stages) {
    expect(carried.touchpointsInStage(stageId)).toEqual(fresh.touchpointsInStage(stageId));
    for (const laneId of seen.lanes) {
      const cell = carried.cardsInCell(stageId, laneId);
      expect(cell).toEqual(fresh.cardsInCell(stageId, laneId));
      for (const card of cell) expect(map.cards[carried.positionOf("cards", card.id)]).toBe(card);
    }
  }
  for (const card of map.cards) expect(carried.cellOf(card.id)).toEqual(fresh.cellOf(card.id));
}

describe("the document index (properties)", () => {
  it("carried across any edits (asked after some, not others) answers as an index built afresh", () => {
    fc.assert(
      fc.property(
        journeyMapArbitrary,
        fc.array(fc.tuple(stepArbitrary, wayArbitrary, fc.boolean()), { maxLength: 40 }),
        (start, steps) => {
          const seen = { ids: new Set<string>(), stages: new Set<string>(), lanes: new Set<string>() };
          let history = createHistory();
          let map = start;
          expectAsFresh(map, seen);
          for (const [numbers, way, ask] of steps) {
            const { op, args } = stepOf(numbers);
            if (way === "undo" || way === "redo") {
              // The history carries the index itself.
              map = way === "undo" ? history.undo(map) : history.redo(map);
            } else if (way === "call") {
              map = op(map, args(map) as never);
              // The history's steps no longer apply to a map it did not see change.
              history = createHistory();
            } else {
              const applied = applyOperation(map, op, args(map) as never);
              history.record(applied);
              map = applied.map;
            }
            if (ask) expectAsFresh(map, seen);
          }
          expectAsFresh(map, seen);
        },
      ),
      { numRuns: runs },
    );
  });
});

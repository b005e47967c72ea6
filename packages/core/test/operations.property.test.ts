import fc from "fast-check";
import { applyPatches } from "immer";
import { describe, expect, it } from "vitest";
import {
  addCard,
  addLane,
  addStage,
  applyOperation,
  createCard,
  createHistory,
  createLane,
  createStage,
  duplicateCard,
  duplicateStage,
  type JourneyMap,
  moveCard,
  moveLane,
  moveStage,
  type Operation,
  parseJourneyMap,
  removeCard,
  removeLane,
  removePersona,
  removeStage,
  removeTouchpoint,
  resetVotes,
  setEmotion,
  updateCard,
  updateMap,
  updateMetric,
  validateJourneyMap,
  voteCard,
} from "../src/index";
import { journeyMapArbitrary } from "./arbitraries";

const runs = process.env.CI ? 500 : 150;
type Step = { op: Operation<never>; args: (map: JourneyMap) => unknown };
const idOf = (list: readonly { id: string }[], n: number) =>
  list[n % Math.max(1, list.length)]?.id ?? "missing";

/** A random edit described by numbers, resolved against the map it is applied to. */
const stepArbitrary: fc.Arbitrary<Step> = fc
  .tuple(
    fc.integer({ min: 0, max: 18 }),
    fc.nat(50),
    fc.nat(50),
    fc.integer({ min: -5, max: 5 }),
    fc.string({ maxLength: 12 }),
  )
  .map(([kind, a, b, n, s]): Step => {
    const steps: Step[] = [
      {
        op: addStage as Operation<never>,
        args: () => ({ record: createStage({ id: `new-s-${a}-${s.length}`, name: s }), index: b }),
      },
      { op: removeStage as Operation<never>, args: (m) => ({ id: idOf(m.stages, a) }) },
      { op: moveStage as Operation<never>, args: (m) => ({ id: idOf(m.stages, a), toIndex: b % 6 }) },
      { op: duplicateStage as Operation<never>, args: (m) => ({ id: idOf(m.stages, a) }) },
      {
        op: addLane as Operation<never>,
        args: () => ({ record: createLane({ id: `new-l-${a}-${b}`, kind: "notes" }) }),
      },
      { op: removeLane as Operation<never>, args: (m) => ({ id: idOf(m.lanes, a) }) },
      { op: moveLane as Operation<never>, args: (m) => ({ id: idOf(m.lanes, a), toIndex: b % 6 }) },
      {
        op: addCard as Operation<never>,
        args: (m) => ({
          record: createCard({
            id: `new-c-${a}-${b}-${n}`,
            laneId: idOf(m.lanes, a),
            stageId: idOf(m.stages, b),
            text: s,
          }),
        }),
      },
      {
        op: updateCard as Operation<never>,
        args: (m) => ({ id: idOf(m.cards, a), changes: { text: s, severity: (Math.abs(n) % 5) + 1 } }),
      },
      {
        op: updateCard as Operation<never>,
        args: (m) => ({ id: idOf(m.cards, a), changes: { severity: 9 } }),
      },
      { op: removeCard as Operation<never>, args: (m) => ({ id: idOf(m.cards, a) }) },
      {
        op: moveCard as Operation<never>,
        args: (m) => ({
          id: idOf(m.cards, a),
          laneId: idOf(m.lanes, b),
          stageId: idOf(m.stages, a + b),
          index: n < 0 ? undefined : n,
        }),
      },
      { op: duplicateCard as Operation<never>, args: (m) => ({ id: idOf(m.cards, a) }) },
      { op: voteCard as Operation<never>, args: (m) => ({ id: idOf(m.cards, a), delta: n }) },
      { op: resetVotes as Operation<never>, args: () => ({}) },
      {
        op: setEmotion as Operation<never>,
        args: (m) => ({ personaId: idOf(m.personas, a), stageId: idOf(m.stages, b), score: n * 0.7 }),
      },
      { op: removePersona as Operation<never>, args: (m) => ({ id: idOf(m.personas, a) }) },
      { op: removeTouchpoint as Operation<never>, args: (m) => ({ id: idOf(m.touchpoints, a) }) },
      {
        op: kind % 2 ? (updateMap as Operation<never>) : (updateMetric as Operation<never>),
        args: (m) =>
          kind % 2 ? { changes: { title: s } } : { id: idOf(m.metrics, a), changes: { value: n * 40 } },
      },
    ];
    return steps[kind]!;
  });

const expectValid = (map: JourneyMap) => {
  const result = validateJourneyMap(map);
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
};

describe("operations (properties)", () => {
  it("a valid map round-trips through JSON and parseJourneyMap unchanged", () => {
    fc.assert(
      fc.property(journeyMapArbitrary, (map) => {
        const result = parseJourneyMap(JSON.stringify(map));
        expect(result.ok && result.map).toEqual(map);
      }),
      { numRuns: runs },
    );
  });

  it("any sequence of operations keeps the map valid; patches replay and reverse", () => {
    fc.assert(
      fc.property(journeyMapArbitrary, fc.array(stepArbitrary, { maxLength: 25 }), (start, steps) => {
        let map = start;
        for (const step of steps) {
          const before = map;
          const {
            map: after,
            patches,
            inversePatches,
          } = applyOperation(map, step.op, step.args(map) as never);
          expect(applyPatches(before, patches)).toEqual(after);
          expect(applyPatches(after, inversePatches)).toEqual(before);
          // The plain function form agrees with the recipe (ops that mint new ids aside).
          if (!["duplicateStage", "duplicateCard", "setEmotion"].includes(step.op.opName)) {
            expect(step.op(before, step.args(before) as never)).toEqual(after);
          }
          map = after;
        }
        expectValid(map);
      }),
      { numRuns: runs },
    );
  });

  it("undoing every step returns the original map; redoing returns the final one", () => {
    fc.assert(
      fc.property(
        journeyMapArbitrary,
        fc.array(stepArbitrary, { maxLength: 25 }),
        fc.boolean(),
        (start, steps, grouped) => {
          const history = createHistory({ limit: 1000 });
          let map = start;
          if (grouped) history.beginGroup();
          for (const step of steps) {
            const applied = applyOperation(map, step.op, step.args(map) as never);
            history.record(applied);
            map = applied.map;
          }
          if (grouped) history.endGroup();
          const final = map;
          while (history.canUndo()) map = history.undo(map);
          expect(map).toEqual(start);
          while (history.canRedo()) map = history.redo(map);
          expect(map).toEqual(final);
        },
      ),
      { numRuns: runs },
    );
  });
});

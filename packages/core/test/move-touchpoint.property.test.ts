// moveTouchpoint is what the editor runs when a touchpoint is dragged to another stage, reordered in
// its stage, moved with Alt+arrow keys or given another stage in the Inspector. Whatever the sequence
// of moves (mixed with the edits that attach records to touchpoints), every map stays valid, every
// touchpoint lands where a plain list model says, and undo brings back the exact map.
import fc from "fast-check";
import { applyPatches } from "immer";
import { describe, expect, it } from "vitest";
import {
  addTouchpoint,
  applyOperation,
  createHistory,
  createTouchpoint,
  type JourneyMap,
  type MoveTouchpointArgs,
  moveTouchpoint,
  type Operation,
  removeTouchpoint,
  setEmotion,
  updateMetric,
  updateMomentOfTruth,
  validateJourneyMap,
} from "../src/index";
import { journeyMapArbitrary } from "./arbitraries";

const runs = process.env.CI ? 1_000 : 200;

const idOf = (list: readonly { id: string }[], n: number) =>
  list[n % Math.max(1, list.length)]?.id ?? "missing";

/** The ids of each stage's touchpoints, in order, after a move computed on plain lists. */
function expectedOrder(map: JourneyMap, { id, stageId, index }: MoveTouchpointArgs): Map<string, string[]> {
  const order = new Map(map.stages.map((s) => [s.id, [] as string[]]));
  for (const t of map.touchpoints) order.get(t.stageId)?.push(t.id);
  const touchpoint = map.touchpoints.find((t) => t.id === id);
  if (!touchpoint || !order.has(stageId)) return order;
  const from = order.get(touchpoint.stageId)!;
  from.splice(from.indexOf(id), 1);
  const to = order.get(stageId)!;
  const rank = index === undefined ? to.length : Math.max(0, Math.min(to.length, index));
  to.splice(rank, 0, id);
  return order;
}

function orderOf(map: JourneyMap): Map<string, string[]> {
  const order = new Map(map.stages.map((s) => [s.id, [] as string[]]));
  for (const t of map.touchpoints) order.get(t.stageId)?.push(t.id);
  return order;
}

/** Every record that refers to a touchpoint names the touchpoint's own stage (or none). */
function referencesFollow(map: JourneyMap): boolean {
  const stageOf = new Map(map.touchpoints.map((t) => [t.id, t.stageId]));
  const records: { stageId?: string; touchpointId?: string }[] = [
    ...map.cards,
    ...map.emotions,
    ...map.momentsOfTruth,
    ...map.metrics,
    ...map.quotes,
  ];
  return records.every(
    (r) =>
      r.touchpointId === undefined || r.stageId === undefined || stageOf.get(r.touchpointId) === r.stageId,
  );
}

const stepArbitrary = fc.tuple(
  fc.integer({ min: 0, max: 9 }),
  fc.nat(40),
  fc.nat(40),
  fc.option(fc.integer({ min: -2, max: 6 }), { nil: undefined }),
);

describe("moveTouchpoint (properties)", () => {
  it(`keeps the map valid, lands where a list model says, and replays and reverses its patches (${runs} runs)`, () => {
    fc.assert(
      fc.property(journeyMapArbitrary, fc.array(stepArbitrary, { maxLength: 30 }), (start, steps) => {
        let map = start;
        let n = 0;
        for (const [kind, a, b, index] of steps) {
          const before = map;
          const tp = () => map.touchpoints[a % Math.max(1, map.touchpoints.length)];
          const apply = (op: Operation<never>, args: unknown) => {
            const applied = applyOperation(map, op, args as never);
            expect(applyPatches(before, applied.patches)).toEqual(applied.map);
            expect(applyPatches(applied.map, applied.inversePatches)).toEqual(before);
            map = applied.map;
          };
          if (kind <= 5) {
            // Half of the moves stay in the touchpoint's own stage: a reorder.
            const own = tp();
            const stageId = own && kind % 2 === 0 ? own.stageId : idOf(map.stages, b);
            const args = { id: own?.id ?? "missing", stageId, index };
            const want = expectedOrder(map, args);
            apply(moveTouchpoint as Operation<never>, args);
            expect(orderOf(map)).toEqual(want);
            const unchanged = [...want].every(([s, ids]) => {
              const was = orderOf(before).get(s);
              return was?.length === ids.length && was.every((id, i) => ids[i] === id);
            });
            if (unchanged) expect(map).toBe(before);
          } else if (kind === 6) {
            const stageId = idOf(map.stages, b);
            const record = createTouchpoint({ id: `added-${n++}`, stageId, name: "Added", channel: "web" });
            apply(addTouchpoint as Operation<never>, { record });
          } else if (kind === 7) {
            apply(removeTouchpoint as Operation<never>, { id: idOf(map.touchpoints, a) });
          } else if (kind === 8) {
            // Attach a metric or a moment to a touchpoint, so moves have records to take along.
            const t = tp();
            if (!t) continue;
            if (b % 2)
              apply(updateMetric as Operation<never>, {
                id: idOf(map.metrics, b),
                changes: { stageId: b % 4 === 1 ? undefined : t.stageId, touchpointId: t.id },
              });
            else
              apply(updateMomentOfTruth as Operation<never>, {
                id: idOf(map.momentsOfTruth, b),
                changes: { stageId: t.stageId, touchpointId: t.id },
              });
          } else {
            const t = tp();
            if (!t) continue;
            apply(setEmotion as Operation<never>, {
              personaId: idOf(map.personas, b),
              stageId: t.stageId,
              touchpointId: t.id,
              score: (b % 7) - 3,
            });
          }
          const result = validateJourneyMap(map);
          if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
          expect(referencesFollow(map)).toBe(true);
        }
      }),
      { numRuns: runs },
    );
  }, 120_000);

  it(`undoing any sequence of moves restores the map exactly; redoing returns the last one (${runs} runs)`, () => {
    fc.assert(
      fc.property(journeyMapArbitrary, fc.array(stepArbitrary, { maxLength: 30 }), (start, steps) => {
        const history = createHistory({ limit: 1000 });
        let map = start;
        for (const [, a, b, index] of steps) {
          const applied = applyOperation(map, moveTouchpoint, {
            id: idOf(map.touchpoints, a),
            stageId: idOf(map.stages, b),
            ...(index === undefined ? {} : { index }),
          });
          history.record(applied);
          map = applied.map;
        }
        const final = map;
        while (history.canUndo()) map = history.undo(map);
        expect(map).toEqual(start);
        while (history.canRedo()) map = history.redo(map);
        expect(map).toEqual(final);
      }),
      { numRuns: runs },
    );
  }, 120_000);
});

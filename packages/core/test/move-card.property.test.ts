// moveCard reads a cell's cards from a cell index cached per cards list and handed on from edit to
// edit: after any sequence of edits it must still place the card exactly where a scan of the list
// would (a wrong index would give a valid map with the card in the wrong place, which the other
// property tests cannot see).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addCard,
  applyOperation,
  type Card,
  createCard,
  duplicateCard,
  type JourneyMap,
  type MoveCardArgs,
  moveCard,
  type Operation,
  removeCard,
  updateCard,
  voteCard,
} from "../src/index";
import { journeyMapArbitrary } from "./arbitraries";

const runs = process.env.CI ? 1_000 : 200;

/** moveCard as a scan of the whole list (its behaviour before the cell index). */
function scanMove(map: JourneyMap, { id, laneId, stageId, index }: MoveCardArgs): JourneyMap {
  const cards = map.cards;
  const from = cards.findIndex((c) => c.id === id);
  const card = cards[from];
  if (!card || !map.lanes.some((l) => l.id === laneId) || !map.stages.some((s) => s.id === stageId))
    return map;
  const inCell = (c: Card) => c.laneId === laneId && c.stageId === stageId;
  if (inCell(card)) {
    const siblings = cards.filter(inCell);
    const target =
      index === undefined ? siblings.length - 1 : Math.max(0, Math.min(siblings.length - 1, index));
    if (siblings.indexOf(card) === target) return map;
  }
  const positions: number[] = [];
  cards.forEach((c, i) => {
    if (i !== from && inCell(c)) positions.push(i > from ? i - 1 : i);
  });
  const before = index === undefined ? undefined : positions[Math.max(0, index)];
  const last = positions.at(-1);
  const to = before ?? (last === undefined ? Math.min(from, cards.length - 1) : last + 1);
  let moved = card;
  if (!inCell(card)) {
    const { touchpointId, ...rest } = card;
    const keep = map.touchpoints.some((t) => t.id === touchpointId && t.stageId === stageId);
    moved = { ...rest, laneId, stageId, ...(keep ? { touchpointId } : {}) };
  }
  const next = cards.slice();
  next.splice(from, 1);
  next.splice(to, 0, moved);
  return { ...map, cards: next };
}

const idOf = (list: readonly { id: string }[], n: number) =>
  list[n % Math.max(1, list.length)]?.id ?? "missing";

const stepArbitrary = fc.tuple(
  fc.integer({ min: 0, max: 9 }),
  fc.nat(60),
  fc.nat(60),
  fc.option(fc.integer({ min: -2, max: 12 }), { nil: undefined }),
);

describe("moveCard with cached cells", () => {
  it(`places the card as a scan of the list would, after any edits (${runs} runs)`, () => {
    fc.assert(
      fc.property(journeyMapArbitrary, fc.array(stepArbitrary, { maxLength: 30 }), (start, steps) => {
        let map = start;
        let n = 0;
        for (const [kind, a, b, index] of steps) {
          const card = () => idOf(map.cards, a);
          const apply = (op: Operation<never>, args: unknown) => {
            map = applyOperation(map, op, args as never).map;
          };
          if (kind <= 4) {
            const args = { id: card(), laneId: idOf(map.lanes, b), stageId: idOf(map.stages, a + b), index };
            const expected = scanMove(map, args);
            // Moves within the card's own cell half of the time: the usual drag.
            const own = map.cards.find((c) => c.id === args.id);
            const within =
              own && kind % 2 === 0 ? { ...args, laneId: own.laneId, stageId: own.stageId } : args;
            const want = within === args ? expected : scanMove(map, within);
            apply(moveCard as Operation<never>, within);
            expect(map.cards).toEqual(want.cards);
          } else if (kind === 5)
            apply(updateCard as Operation<never>, { id: card(), changes: { text: `t${n++}` } });
          else if (kind === 6) apply(removeCard as Operation<never>, { id: card() });
          else if (kind === 7) apply(duplicateCard as Operation<never>, { id: card() });
          else if (kind === 8) apply(voteCard as Operation<never>, { id: card(), delta: 1 });
          else {
            const record = createCard({
              id: `added-${n++}`,
              laneId: idOf(map.lanes, b),
              stageId: idOf(map.stages, a),
              text: "added",
            });
            apply(addCard as Operation<never>, { record, index: b % 7 });
          }
        }
      }),
      { numRuns: runs },
    );
  }, 120_000);
});

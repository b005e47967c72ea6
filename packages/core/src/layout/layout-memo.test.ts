import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCard, moveCard, removeCard, updateCard } from "../operations/card-operations.js";
import { moveLane, updateLane } from "../operations/lane-operations.js";
import { moveStage, updateStage } from "../operations/stage-operations.js";
import { createJourneyMap, type JourneyMap } from "../records/journey-map.js";
import type { TextMeasurer } from "./journey-layout.js";
import { layoutJourneyMap } from "./layout-journey-map.js";
import { createLayoutMemo } from "./layout-memo.js";
import { approximateTextWidth } from "./measure-text.js";

const WORDS = ["order", "wait", "a", "table", "coffee", "long-queue", "app", "pays", "x"];

function mapOf(stages: number, lanes: number, cards: { lane: number; stage: number; words: number[] }[]) {
  const base = createJourneyMap({ id: "m", title: "Memo", now: new Date("2026-01-01T00:00:00Z") });
  const kinds = ["actions", "painPoints", "touchpoints", "emotions", "notes"] as const;
  const map: JourneyMap = {
    ...base,
    stages: Array.from({ length: stages }, (_, i) => ({ id: `s${i}`, name: `Stage ${i}` })),
    lanes: Array.from({ length: lanes }, (_, i) => ({
      id: `l${i}`,
      kind: kinds[i % 5]!,
      title: `Lane ${i}`,
    })),
    touchpoints: [{ id: "t0", stageId: "s0", name: "App", channel: "mobile-app" }],
    cards: cards.map((c, i) => ({
      id: `c${i}`,
      laneId: `l${c.lane % lanes}`,
      stageId: `s${c.stage % stages}`,
      text: c.words.map((w) => WORDS[w % WORDS.length]).join(" "),
    })),
  };
  return map;
}

type Edit =
  | { op: "text"; card: number; words: number[] }
  | { op: "severity"; card: number; severity: 1 | 2 | 3 | 4 | 5 }
  | { op: "move"; card: number; lane: number; stage: number; index: number }
  | { op: "add"; lane: number; stage: number; words: number[] }
  | { op: "remove"; card: number }
  | { op: "renameStage"; stage: number; words: number[] }
  | { op: "moveStage"; stage: number; to: number }
  | { op: "moveLane"; lane: number; to: number }
  | { op: "laneKind"; lane: number };

const words = fc.array(fc.nat(20), { minLength: 0, maxLength: 30 });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant("text" as const), card: fc.nat(), words }),
  fc.record({
    op: fc.constant("severity" as const),
    card: fc.nat(),
    severity: fc.constantFrom(1, 2, 3, 4, 5),
  }),
  fc.record({
    op: fc.constant("move" as const),
    card: fc.nat(),
    lane: fc.nat(),
    stage: fc.nat(),
    index: fc.nat(6),
  }),
  fc.record({ op: fc.constant("add" as const), lane: fc.nat(), stage: fc.nat(), words }),
  fc.record({ op: fc.constant("remove" as const), card: fc.nat() }),
  fc.record({ op: fc.constant("renameStage" as const), stage: fc.nat(), words }),
  fc.record({ op: fc.constant("moveStage" as const), stage: fc.nat(), to: fc.nat(5) }),
  fc.record({ op: fc.constant("moveLane" as const), lane: fc.nat(), to: fc.nat(5) }),
  fc.record({ op: fc.constant("laneKind" as const), lane: fc.nat() }),
);

let added = 0;
function apply(map: JourneyMap, e: Edit): JourneyMap {
  const text = (w: number[]) => w.map((i) => WORDS[i % WORDS.length]).join(" ");
  const card = map.cards.length > 0 && "card" in e ? map.cards[e.card % map.cards.length]! : undefined;
  const stage = (i: number) => map.stages[i % map.stages.length]!;
  const lane = (i: number) => map.lanes[i % map.lanes.length]!;
  switch (e.op) {
    case "text":
      return card ? updateCard(map, { id: card.id, changes: { text: text(e.words) } }) : map;
    case "severity":
      return card ? updateCard(map, { id: card.id, changes: { severity: e.severity } }) : map;
    case "move":
      return card
        ? moveCard(map, { id: card.id, laneId: lane(e.lane).id, stageId: stage(e.stage).id, index: e.index })
        : map;
    case "add":
      return addCard(map, {
        record: {
          id: `n${added++}`,
          laneId: lane(e.lane).id,
          stageId: stage(e.stage).id,
          text: text(e.words),
        },
      });
    case "remove":
      return card ? removeCard(map, { id: card.id }) : map;
    case "renameStage":
      return updateStage(map, { id: stage(e.stage).id, changes: { name: text(e.words) || "S" } });
    case "moveStage":
      return moveStage(map, { id: stage(e.stage).id, toIndex: e.to % map.stages.length });
    case "moveLane":
      return moveLane(map, { id: lane(e.lane).id, toIndex: e.to % map.lanes.length });
    case "laneKind":
      return updateLane(map, {
        id: lane(e.lane).id,
        changes: { kind: lane(e.lane).kind === "notes" ? "actions" : "notes" },
      });
  }
}

describe("layoutJourneyMap with a memo", () => {
  it("gives after every edit exactly the layout made from scratch", () => {
    const cardList = fc.array(fc.record({ lane: fc.nat(), stage: fc.nat(), words }), { maxLength: 40 });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 5 }),
        cardList,
        fc.array(edit, { maxLength: 12 }),
        fc.integer({ min: 120, max: 260 }),
        (stages, lanes, cards, edits, cardWidth) => {
          const memo = createLayoutMemo();
          let map = mapOf(stages, lanes, cards);
          expect(layoutJourneyMap(map, { memo, cardWidth })).toEqual(layoutJourneyMap(map, { cardWidth }));
          for (const e of edits) {
            map = apply(map, e);
            expect(layoutJourneyMap(map, { memo, cardWidth })).toEqual(layoutJourneyMap(map, { cardWidth }));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("re-measures only the edited card and keeps the boxes of cells the edit did not move", () => {
    const map = mapOf(
      3,
      3,
      Array.from({ length: 30 }, (_, i) => ({
        lane: i % 3,
        stage: Math.floor(i / 10),
        words: [i, i + 1, i + 2],
      })),
    );
    const measured: string[] = [];
    const measureText: TextMeasurer = (text, font) => {
      measured.push(text);
      return approximateTextWidth(text, font);
    };
    const memo = createLayoutMemo();
    const before = layoutJourneyMap(map, { memo, measureText });
    const edited = map.cards.find((c) => c.stageId === "s2" && c.laneId === "l2")!;
    measured.length = 0;
    const after = layoutJourneyMap(updateCard(map, { id: edited.id, changes: { text: "zebra" } }), {
      memo,
      measureText,
    });
    expect(measured).toContain("zebra");
    // Card words are not measured again (stage names and headers are, a few per stage).
    expect(measured.filter((t) => WORDS.includes(t)).length).toBeLessThan(10);
    const boxOf = (layout: typeof before, id: string) => layout.cards.find((c) => c.id === id)!;
    for (const card of map.cards) {
      if (card.id === edited.id) expect(boxOf(after, card.id)).not.toBe(boxOf(before, card.id));
      // Cells above and to the left of the edit are untouched by it.
      else if (card.stageId !== "s2" && card.laneId !== "l2")
        expect(boxOf(after, card.id)).toBe(boxOf(before, card.id));
    }
  });

  it("starts afresh when the options change, and names a memo it does not know", () => {
    const map = mapOf(2, 2, [{ lane: 0, stage: 0, words: [1, 2, 3, 4, 5, 6, 7] }]);
    const memo = createLayoutMemo();
    layoutJourneyMap(map, { memo, cardWidth: 120 });
    expect(layoutJourneyMap(map, { memo, cardWidth: 300 })).toEqual(
      layoutJourneyMap(map, { cardWidth: 300 }),
    );
    expect(layoutJourneyMap(map, { memo, cardFontSize: 20 })).toEqual(
      layoutJourneyMap(map, { cardFontSize: 20 }),
    );
    expect(() => layoutJourneyMap(map, { memo: { kind: "layoutMemo" } })).toThrow(/createLayoutMemo/);
  });
});

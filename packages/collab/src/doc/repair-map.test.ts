import {
  createCard,
  createEmotionPoint,
  createJourneyMap,
  createMomentOfTruth,
  createTouchpoint,
  type JourneyMap,
  validateJourneyMap,
} from "@journeykit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { repairMap } from "./repair-map.js";

const base = (): JourneyMap => createJourneyMap({ id: "map", now: new Date("2026-01-01T00:00:00Z") });

describe("repairMap", () => {
  it("leaves a valid map as it is (same object)", () => {
    const map = base();
    expect(repairMap(map)).toEqual({ map, repairs: [] });
  });

  it("removes a card whose stage was removed concurrently, as removeStage would", () => {
    const map = base();
    const card = createCard({ id: "c1", laneId: map.lanes[0]!.id, stageId: "gone" });
    const { map: repaired, repairs } = repairMap({ ...map, cards: [card] });
    expect(repaired.cards).toEqual([]);
    expect(repairs).toEqual([{ path: "cards[0]", action: "removed record" }]);
  });

  it("clears a card's persona removed concurrently, as removePersona would, and keeps the card", () => {
    const map = base();
    const card = createCard({
      id: "c1",
      laneId: map.lanes[0]!.id,
      stageId: map.stages[0]!.id,
      personaId: "gone",
    });
    const { map: repaired } = repairMap({ ...map, cards: [card] });
    expect(repaired.cards).toEqual([
      { id: "c1", laneId: map.lanes[0]!.id, stageId: map.stages[0]!.id, text: "" },
    ]);
  });

  it("takes a removed persona out of a touchpoint's personaIds and detaches a card from a touchpoint that moved stage", () => {
    const map = base();
    const s0 = map.stages[0]!;
    const s1 = map.stages[1]!;
    const tp = createTouchpoint({ id: "tp", stageId: s1.id, personaIds: [map.personas[0]!.id, "gone"] });
    const card = createCard({ id: "c1", laneId: map.lanes[0]!.id, stageId: s0.id, touchpointId: "tp" });
    const { map: repaired } = repairMap({ ...map, touchpoints: [tp], cards: [card] });
    expect(repaired.touchpoints[0]!.personaIds).toEqual([map.personas[0]!.id]);
    expect(repaired.cards[0]).not.toHaveProperty("touchpointId");
    expect(validateJourneyMap(repaired).ok).toBe(true);
  });

  it("follows a chain: a touchpoint of a removed stage goes, then a moment pointing at it is detached", () => {
    const map = base();
    const tp = createTouchpoint({ id: "tp", stageId: "gone" });
    const moment = createMomentOfTruth({ id: "m", stageId: map.stages[0]!.id, touchpointId: "tp" });
    const { map: repaired } = repairMap({ ...map, touchpoints: [tp], momentsOfTruth: [moment] });
    expect(repaired.touchpoints).toEqual([]);
    expect(repaired.momentsOfTruth[0]).not.toHaveProperty("touchpointId");
  });

  it("keeps the first of two scores two clients gave the same persona at the same stage", () => {
    const map = base();
    const at = { personaId: map.personas[0]!.id, stageId: map.stages[0]!.id };
    const first = createEmotionPoint({ id: "e1", ...at, score: 2 });
    const second = createEmotionPoint({ id: "e2", ...at, score: -1 });
    expect(repairMap({ ...map, emotions: [first, second] }).map.emotions).toEqual([first]);
  });
});

/** A map with one card, one emotion score and one moment, all in its first stage. */
function smallMap() {
  const map = base();
  const stageId = map.stages[0]!.id;
  const card = createCard({ id: "c1", laneId: map.lanes[0]!.id, stageId, text: "Waits for a table" });
  const emotion = createEmotionPoint({ id: "e1", personaId: map.personas[0]!.id, stageId, score: 1 });
  const moment = createMomentOfTruth({ id: "m1", stageId, title: "First bite" });
  return { ...map, cards: [card], emotions: [emotion], momentsOfTruth: [moment] };
}

/** `map` with `fields` written over the first record of `collection`, as a raw Yjs client can. */
function written(
  map: JourneyMap,
  collection: "cards" | "stages" | "lanes" | "emotions" | "momentsOfTruth",
  fields: Record<string, unknown>,
): JourneyMap {
  const list = map[collection] as unknown as Record<string, unknown>[];
  return { ...map, [collection]: [{ ...list[0]!, ...fields }, ...list.slice(1)] } as JourneyMap;
}

describe("repairMap: a record with one invalid field is repaired, not removed", () => {
  it("should keep a card whose text a modified client made a number, null or an object, with empty text", () => {
    const start = smallMap();
    for (const text of [42, null, { x: 1 }, ["a"], true]) {
      const { map, repairs } = repairMap(written(start, "cards", { text }));
      expect(map.cards).toEqual([{ ...start.cards[0], text: "" }]);
      expect(repairs).toEqual([{ path: "cards[0].text", action: "replaced value" }]);
    }
  });

  it("should cut a card's text over the format's limit to the limit, keeping its start", () => {
    const long = `${"Queue ".repeat(5_000)}end`;
    const { map } = repairMap(written(smallMap(), "cards", { text: long }));
    expect(map.cards[0]!.text).toBe(long.slice(0, 20_000));
    expect(validateJourneyMap(map).ok).toBe(true);
  });

  it("should keep a stage whose name is not text, and every card in it (they all vanished)", () => {
    const damaged = written(smallMap(), "stages", { name: 5 });
    const { map } = repairMap(damaged);
    expect(map.stages.map((stage) => stage.id)).toEqual(damaged.stages.map((stage) => stage.id));
    expect(map.stages[0]!.name).toBe("");
    expect(map.cards.map((card) => card.id)).toEqual(["c1"]);
  });

  it("should clamp an emotion score and a moment's importance to the nearest they accept", () => {
    expect(repairMap(written(smallMap(), "emotions", { score: 9 })).map.emotions[0]!.score).toBe(3);
    expect(repairMap(written(smallMap(), "emotions", { score: -40 })).map.emotions[0]!.score).toBe(-3);
    expect(repairMap(written(smallMap(), "emotions", { score: 1.6 })).map.emotions[0]!.score).toBe(2);
    expect(repairMap(written(smallMap(), "emotions", { score: "high" })).map.emotions[0]!.score).toBe(0);
    expect(
      repairMap(written(smallMap(), "momentsOfTruth", { importance: 0 })).map.momentsOfTruth[0]!.importance,
    ).toBe(1);
    expect(
      repairMap(written(smallMap(), "momentsOfTruth", { importance: 77 })).map.momentsOfTruth[0]!.importance,
    ).toBe(5);
  });

  it("should give a lane of an unknown kind the first kind, keeping its cards", () => {
    const { map } = repairMap(written(smallMap(), "lanes", { kind: "telepathy" }));
    expect(map.lanes.length).toBe(smallMap().lanes.length);
    expect(map.cards.map((card) => card.id)).toEqual(["c1"]);
    expect(validateJourneyMap(map).ok).toBe(true);
  });

  it("should still remove a card whose own id or whose lane cannot be read: no identifier is invented", () => {
    for (const fields of [
      { id: 7 },
      { laneId: 7 },
      { stageId: null },
      { laneId: "x".repeat(500) },
      { stageId: "" },
    ]) {
      const { map } = repairMap(written(smallMap(), "cards", fields));
      expect(map.cards).toEqual([]);
      expect(validateJourneyMap(map).ok).toBe(true);
    }
  });

  it("any value written into any one field of a card, stage, lane, score or moment (but an identifier) leaves a valid map that keeps the record and everything in it", () => {
    const map = smallMap();
    const identifiers = new Set(["id", "laneId", "stageId", "personaId"]);
    const fieldsOf = (
      collection: "cards" | "stages" | "lanes" | "emotions" | "momentsOfTruth",
      extra: string[],
    ) =>
      [
        ...new Set([...Object.keys((map[collection] as unknown as Record<string, unknown>[])[0]!), ...extra]),
      ].filter((field) => !identifiers.has(field) || (collection === "cards" && field === "personaId"));
    const targets = [
      ...fieldsOf("cards", [
        "color",
        "tags",
        "severity",
        "impact",
        "effort",
        "votes",
        "evidence",
        "meta",
        "touchpointId",
        "personaId",
      ]).map((f) => ["cards", f] as const),
      ...fieldsOf("stages", ["description", "meta"]).map((f) => ["stages", f] as const),
      ...fieldsOf("lanes", ["meta"]).map((f) => ["lanes", f] as const),
      ...fieldsOf("emotions", ["note", "emotion", "evidence"]).map((f) => ["emotions", f] as const),
      ...fieldsOf("momentsOfTruth", ["kind", "importance"]).map((f) => ["momentsOfTruth", f] as const),
    ];
    const hostile = fc.oneof(
      fc.anything(),
      fc.string({ minLength: 20_001, maxLength: 20_100 }),
      fc.double(),
      fc.integer({ min: -1e9, max: 1e9 }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...targets), hostile, ([collection, field], value) => {
        const damaged = written(map, collection, { [field]: value });
        const { map: repaired } = repairMap(damaged);
        expect(validateJourneyMap(repaired).ok).toBe(true);
        for (const kept of ["cards", "stages", "lanes", "emotions", "momentsOfTruth"] as const) {
          expect(repaired[kept].map((record) => record.id)).toEqual(map[kept].map((record) => record.id));
        }
      }),
      { numRuns: 400 },
    );
  });
});

/**
 * A map at workshop-breaking size: `cards` cards spread over every stage and lane, each on a touchpoint
 * of its stage and with a persona, so deleting any stage, lane, touchpoint or persona leaves thousands
 * of references dangling at once.
 */
function bigMap(cards: number): JourneyMap {
  const map = base();
  const personas = map.personas.map((p) => p.id);
  const touchpoints = map.stages.map((stage) =>
    createTouchpoint({ id: `tp-${stage.id}`, stageId: stage.id }),
  );
  const list = Array.from({ length: cards }, (_, i) => {
    const stage = map.stages[i % map.stages.length]!;
    return createCard({
      id: `c${i}`,
      laneId: map.lanes[i % map.lanes.length]!.id,
      stageId: stage.id,
      touchpointId: `tp-${stage.id}`,
      ...(personas.length > 0 ? { personaId: personas[i % personas.length]! } : {}),
      text: `card ${i}`,
    });
  });
  return { ...map, touchpoints, cards: list };
}

describe("repairMap on big maps", () => {
  it("mends a 12,000-card map whose stage was deleted (it gave up at 50 rounds of 200 issues)", () => {
    const map = bigMap(12_000);
    const gone = map.stages[0]!.id;
    const { map: repaired, repairs } = repairMap({ ...map, stages: map.stages.slice(1) });
    expect(validateJourneyMap(repaired).ok).toBe(true);
    const expected = map.cards.filter((card) => card.stageId !== gone);
    expect(repaired.cards.map((card) => card.id)).toEqual(expected.map((card) => card.id));
    expect(repaired.touchpoints.some((t) => t.stageId === gone)).toBe(false);
    expect(repairs.length).toBe(map.cards.length - expected.length + 1);
  });

  it("mends a map at the format's limit of 50,000 cards whose lane was deleted", () => {
    const map = bigMap(50_000);
    const gone = map.lanes[1]!.id;
    const { map: repaired } = repairMap({ ...map, lanes: map.lanes.filter((lane) => lane.id !== gone) });
    expect(validateJourneyMap(repaired).ok).toBe(true);
    expect(repaired.cards.length).toBe(map.cards.filter((card) => card.laneId !== gone).length);
  });

  it("any hostile deletion of stages, lanes, touchpoints and personas leaves a valid map that keeps every card still anchored", () => {
    const map = bigMap(6_000);
    const pick = (ids: string[]) => fc.subarray(ids, { minLength: 0, maxLength: ids.length });
    fc.assert(
      fc.property(
        pick(map.stages.map((s) => s.id)),
        pick(map.lanes.map((l) => l.id)),
        pick(map.touchpoints.map((t) => t.id)),
        pick(map.personas.map((p) => p.id)),
        (stages, lanes, touchpoints, personas) => {
          const damaged: JourneyMap = {
            ...map,
            stages: map.stages.filter((s) => !stages.includes(s.id)),
            lanes: map.lanes.filter((l) => !lanes.includes(l.id)),
            touchpoints: map.touchpoints.filter((t) => !touchpoints.includes(t.id)),
            personas: map.personas.filter((p) => !personas.includes(p.id)),
          };
          const { map: repaired } = repairMap(damaged);
          expect(validateJourneyMap(repaired).ok).toBe(true);
          const anchored = map.cards.filter((c) => !stages.includes(c.stageId) && !lanes.includes(c.laneId));
          expect(repaired.cards.map((c) => c.id)).toEqual(anchored.map((c) => c.id));
          // What was only an optional link is cleared, never the card's text.
          for (const card of repaired.cards) expect(card.text).toMatch(/^card \d+$/);
        },
      ),
      { numRuns: 12 },
    );
  });
});

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

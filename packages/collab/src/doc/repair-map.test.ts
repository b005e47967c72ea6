import {
  createCard,
  createEmotionPoint,
  createJourneyMap,
  createMomentOfTruth,
  createTouchpoint,
  type JourneyMap,
  validateJourneyMap,
} from "@journeykit/core";
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

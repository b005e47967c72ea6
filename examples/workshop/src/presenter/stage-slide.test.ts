import { createCard, createEmotionPoint, createJourneyMap, createMomentOfTruth } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { stageSlide } from "./stage-slide";

describe("stageSlide", () => {
  it("gathers a stage's emotions, moments and non-empty lanes", () => {
    const base = createJourneyMap();
    const [persona] = base.personas;
    const [first, second] = base.stages;
    const actions = base.lanes.find((l) => l.kind === "actions")!;
    const map = {
      ...base,
      cards: [
        createCard({ laneId: actions.id, stageId: first!.id, text: "Opens the app" }),
        createCard({ laneId: actions.id, stageId: second!.id, text: "Elsewhere" }),
      ],
      emotions: [
        createEmotionPoint({ personaId: persona!.id, stageId: first!.id, score: -2, emotion: "anxious" }),
      ],
      momentsOfTruth: [
        createMomentOfTruth({ stageId: first!.id, title: "First order", kind: "FMOT", importance: 5 }),
      ],
    };
    const slide = stageSlide(map, 0)!;
    expect(slide.stage.id).toBe(first!.id);
    expect(slide.emotions).toEqual([{ persona, score: -2, emotion: "anxious" }]);
    expect(slide.moments.map((m) => m.title)).toEqual(["First order"]);
    expect(slide.lanes).toEqual([{ lane: actions, cards: [map.cards[0]] }]);
    expect(stageSlide(map, 1)!.emotions[0]!.score).toBeNull();
    expect(stageSlide(map, 9)).toBeUndefined();
  });

  it("uses the mean of touchpoint-level scores when there is no stage-level point", () => {
    const base = createJourneyMap();
    const persona = base.personas[0]!;
    const stage = base.stages[0]!;
    const map = {
      ...base,
      touchpoints: [
        { id: "t1", stageId: stage.id, name: "App", channel: "mobile-app" as const },
        { id: "t2", stageId: stage.id, name: "Till", channel: "in-store" as const },
      ],
      emotions: [
        createEmotionPoint({ personaId: persona.id, stageId: stage.id, touchpointId: "t1", score: 3 }),
        createEmotionPoint({ personaId: persona.id, stageId: stage.id, touchpointId: "t2", score: 0 }),
      ],
    };
    expect(stageSlide(map, 0)!.emotions[0]!.score).toBe(2);
  });

  it("shows the room's score, never averaging in a point measured from survey data", () => {
    const base = createJourneyMap();
    const persona = base.personas[0]!;
    const stage = base.stages[0]!;
    const map = {
      ...base,
      emotions: [
        createEmotionPoint({ personaId: persona.id, stageId: stage.id, score: 2 }),
        {
          ...createEmotionPoint({ personaId: persona.id, stageId: stage.id, score: -3 }),
          evidence: "measured" as const,
        },
      ],
    };
    expect(stageSlide(map, 0)!.emotions[0]!.score).toBe(2);
    expect(stageSlide({ ...map, emotions: [map.emotions[1]!] }, 0)!.emotions[0]!.score).toBeNull();
  });
});

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
    expect(stageSlide(map, 0)!.emotions[0]!.score).toBe(1.5);
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

  it("lists the stage's metrics by the core label rules, measured first, a touchpoint's named", () => {
    const base = createJourneyMap();
    const stage = base.stages[0]!;
    const map = {
      ...base,
      sources: [
        { id: "src", kind: "survey" as const, name: "survey.csv", importedAt: "2026-03-01T00:00:00Z" },
      ],
      touchpoints: [{ id: "t1", stageId: stage.id, name: "Card terminal", channel: "in-store" as const }],
      metrics: [
        { id: "typed", kind: "CSAT" as const, stageId: stage.id, value: 72 },
        {
          id: "nps",
          kind: "NPS" as const,
          stageId: stage.id,
          value: -39,
          marginOfError: 24,
          sampleSize: 1412,
          sourceId: "src",
        },
        { id: "tp", kind: "NPS" as const, touchpointId: "t1", value: 43, sampleSize: 12 },
        { id: "other", kind: "NPS" as const, stageId: base.stages[1]!.id, value: 10 },
      ],
    };
    const slide = stageSlide(map, 0)!;
    expect(slide.metrics.map((m) => [m.figure, m.measured])).toEqual([
      ["NPS −39 ±24 · n=1,412", true],
      ["CSAT 72%", false],
      ["Card terminal · NPS +43 · n=12", false],
    ]);
    expect(slide.metrics[0]!.detail).toBe("from 1,412 responses (survey.csv)");
  });

  it("quotes the most negative and the most positive comment of the stage", () => {
    const base = createJourneyMap();
    const [stage, other] = base.stages;
    const quote = (id: string, text: string, sentiment: number, stageId = stage!.id) => ({
      id,
      text,
      sentiment,
      stageId,
    });
    const map = {
      ...base,
      quotes: [
        quote("a", "Fine", 0.1),
        quote("b", "Waited 40 minutes", -0.8),
        quote("c", "Lovely staff", 0.9),
        quote("d", "Elsewhere, awful", -1, other!.id),
      ],
    };
    expect(stageSlide(map, 0)!.quotes.map((q) => q.text)).toEqual(["Waited 40 minutes", "Lovely staff"]);
  });
});

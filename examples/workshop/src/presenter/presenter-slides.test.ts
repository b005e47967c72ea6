import { createCard, createJourneyMap, createMomentOfTruth } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { overviewSlide } from "./overview-slide";
import {
  OVERVIEW_SLIDE,
  presenterSlideKeys,
  SUMMARY_SLIDE,
  slideIndex,
  stageOfSlide,
} from "./presenter-slides";
import { summarySlide } from "./summary-slide";

describe("the presenter's slides", () => {
  it("open on the overview, go stage by stage, end on the summary", () => {
    const map = createJourneyMap();
    const keys = presenterSlideKeys(map);
    expect(keys).toEqual([OVERVIEW_SLIDE, ...map.stages.map((s) => s.id), SUMMARY_SLIDE]);
    expect(slideIndex(map, map.stages[1]!.id)).toBe(2);
    expect(slideIndex(map, SUMMARY_SLIDE)).toBe(keys.length - 1);
    // A stage removed while shown, or no key: the overview.
    expect(slideIndex(map, "gone")).toBe(0);
    expect(slideIndex(map, undefined)).toBe(0);
    expect(stageOfSlide(map, OVERVIEW_SLIDE)).toBeUndefined();
    expect(stageOfSlide(map, map.stages[0]!.id)).toBe(map.stages[0]!.id);
    expect(presenterSlideKeys({ stages: [] })).toEqual([]);
  });

  it("the overview gives each stage its headline rating and both curves", () => {
    const base = createJourneyMap();
    const persona = base.personas[0]!;
    const [first, second] = base.stages;
    const map = {
      ...base,
      metrics: [
        { id: "c", kind: "CSAT" as const, stageId: first!.id, value: 62 },
        { id: "n", kind: "NPS" as const, stageId: first!.id, value: -39, marginOfError: 24, sampleSize: 51 },
        { id: "whole", kind: "NPS" as const, value: 12, sampleSize: 300 },
      ],
      emotions: [
        { id: "e1", personaId: persona.id, stageId: first!.id, score: 2 },
        { id: "e2", personaId: persona.id, stageId: first!.id, score: -1, evidence: "measured" as const },
        { id: "e3", personaId: persona.id, stageId: second!.id, score: 1 },
      ],
    };
    const slide = overviewSlide(map);
    expect(slide.stages[0]!.headline?.figure).toBe("NPS −39 ±24 · n=51");
    expect(slide.stages[1]!.headline).toBeUndefined();
    expect(slide.metrics.map((m) => m.figure)).toEqual(["NPS +12 · n=300"]);
    expect(slide.curves[0]!.room.slice(0, 2)).toEqual([2, 1]);
    expect(slide.curves[0]!.measured?.slice(0, 2)).toEqual([-1, null]);
  });

  it("the summary lists the most voted pain points and opportunities, and the moments at risk", () => {
    const base = createJourneyMap();
    const pain = base.lanes.find((l) => l.kind === "painPoints")!;
    const ideas = base.lanes.find((l) => l.kind === "opportunities")!;
    const [first, second] = base.stages;
    const map = {
      ...base,
      cards: [
        createCard({ laneId: pain.id, stageId: first!.id, text: "Queue at the till", votes: 2, severity: 3 }),
        createCard({ laneId: pain.id, stageId: second!.id, text: "Card machine fails", votes: 7 }),
        createCard({ laneId: pain.id, stageId: second!.id, text: "Cold soup", votes: 2, severity: 5 }),
        createCard({ laneId: pain.id, stageId: second!.id, text: "  " }),
        createCard({ laneId: ideas.id, stageId: first!.id, text: "Pay at the table", votes: 4 }),
      ],
      momentsOfTruth: [
        createMomentOfTruth({ stageId: first!.id, title: "Bill arrives", importance: 5, outcome: "fail" }),
      ],
    };
    const slide = summarySlide(map);
    expect(slide.painPoints.map((p) => p.card.text)).toEqual([
      "Card machine fails",
      "Cold soup",
      "Queue at the till",
    ]);
    expect(slide.painPoints[0]!.stageName).toBe(second!.name);
    expect(slide.opportunities.map((o) => o.card.text)).toEqual(["Pay at the table"]);
    expect(slide.moments.map((m) => m.moment.title)).toEqual(["Bill arrives"]);
  });
});

import {
  createCard,
  createJourneyMap,
  createLane,
  createStage,
  createTouchpoint,
  type JourneyMap,
} from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { stageSheet } from "./stage-sheet";

function map(): JourneyMap {
  const order = createStage({ id: "order", name: "Order" });
  const pay = createStage({ id: "pay", name: "Pay" });
  const lanes = [
    createLane({ id: "actions", kind: "actions" }),
    createLane({ id: "touch", kind: "touchpoints" }),
    createLane({ id: "touch-2", kind: "touchpoints", title: "More touchpoints" }),
    createLane({ id: "feel", kind: "emotions" }),
    createLane({ id: "figures", kind: "metrics" }),
    createLane({ id: "pains", kind: "painPoints" }),
    createLane({ id: "ideas", kind: "opportunities" }),
  ];
  const card = (id: string, laneId: string, stageId: string) => createCard({ id, laneId, stageId, text: id });
  return {
    ...createJourneyMap({ title: "Checkout" }),
    stages: [order, pay],
    lanes,
    touchpoints: [
      createTouchpoint({ id: "app", stageId: "order", name: "App" }),
      createTouchpoint({ id: "till", stageId: "pay", name: "Till" }),
    ],
    cards: [
      card("queue", "pains", "pay"),
      card("browse", "actions", "order"),
      card("slow", "pains", "order"),
      card("pick", "actions", "order"),
      card("faster", "ideas", "order"),
    ],
  };
}

describe("stageSheet", () => {
  it("lists the stage's lanes top to bottom with their cards in the map's order, other stages left out", () => {
    const sheet = stageSheet(map(), "order");
    expect(sheet.map(({ lane, cards }) => [lane.id, cards.map((c) => c.id)])).toEqual([
      ["actions", ["browse", "pick"]],
      ["touch", []],
      ["touch-2", []],
      ["pains", ["slow"]],
      ["ideas", ["faster"]],
    ]);
    expect(
      stageSheet(map(), "pay")
        .find((l) => l.lane.id === "pains")
        ?.cards.map((c) => c.id),
    ).toEqual(["queue"]);
  });

  it("leaves out the emotion curve and the metrics lane, which hold no cards", () => {
    const kinds = stageSheet(map(), "order").map(({ lane }) => lane.kind);
    expect(kinds).not.toContain("emotions");
    expect(kinds).not.toContain("metrics");
  });

  it("gives the stage's touchpoints to the first Touchpoints lane only, as the editor draws them", () => {
    const sheet = stageSheet(map(), "pay");
    expect(sheet.find((l) => l.lane.id === "touch")?.touchpoints?.map((t) => t.name)).toEqual(["Till"]);
    expect(sheet.find((l) => l.lane.id === "touch-2")?.touchpoints).toBeUndefined();
    expect(sheet.find((l) => l.lane.id === "actions")?.touchpoints).toBeUndefined();
  });

  it("marks pain points and opportunities as the lanes whose cards take dots", () => {
    const votable = stageSheet(map(), "order").filter((l) => l.votable);
    expect(votable.map(({ lane }) => lane.kind)).toEqual(["painPoints", "opportunities"]);
  });

  it("is empty for a stage that is not on the map (removed by someone else)", () => {
    const sheet = stageSheet(map(), "gone");
    expect(sheet.flatMap((l) => l.cards)).toEqual([]);
    expect(sheet.find((l) => l.lane.id === "touch")?.touchpoints).toEqual([]);
  });
});

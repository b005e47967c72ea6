import { describe, expect, it } from "vitest";
import { createJourneyMap } from "../records/journey-map.js";
import { cardDropTarget, laneDropIndex, stageDropIndex, touchpointDropTarget } from "./drop-target.js";
import { layoutJourneyMap } from "./layout-journey-map.js";

const base = createJourneyMap({ id: "m", title: "Drop", now: new Date("2026-01-01T00:00:00Z") });
const layout = layoutJourneyMap(
  {
    ...base,
    stages: [
      { id: "s1", name: "One" },
      { id: "s2", name: "Two" },
      { id: "s3", name: "Three" },
    ],
    lanes: [
      { id: "l1", kind: "actions", title: "Actions" },
      { id: "l2", kind: "painPoints", title: "Pains" },
    ],
    cards: [
      { id: "a", laneId: "l1", stageId: "s2", text: "first" },
      { id: "b", laneId: "l1", stageId: "s2", text: "second" },
      { id: "c", laneId: "l1", stageId: "s2", text: "third" },
    ],
  },
  { title: false },
);
const [s1, s2, s3] = layout.stages;
const [l1, l2] = layout.lanes;
const centre = (id: string) => {
  const c = layout.cards.find((card) => card.id === id)!;
  return { x: c.x + c.width / 2, y: c.y + c.height / 2 };
};

describe("cardDropTarget", () => {
  it("lands in the cell under the point, first in an empty cell", () => {
    expect(cardDropTarget(layout, { x: s3!.x + 5, y: l2!.y + 5 }, "a")).toEqual({
      laneId: "l2",
      stageId: "s3",
      index: 0,
    });
  });

  it("counts the other cards above the point, not the dragged card itself", () => {
    const below = centre("c");
    expect(cardDropTarget(layout, { x: below.x, y: below.y + 1 }, "a")).toMatchObject({ index: 2 });
    const between = (centre("a").y + centre("b").y) / 2;
    expect(cardDropTarget(layout, { x: below.x, y: between }, "c")).toMatchObject({
      stageId: "s2",
      index: 1,
    });
  });

  it("is undefined outside every cell (on the lane titles, above the stages, past the end)", () => {
    expect(cardDropTarget(layout, { x: 5, y: l1!.y + 5 })).toBeUndefined();
    expect(cardDropTarget(layout, { x: s1!.x + 5, y: 0 })).toBeUndefined();
    expect(cardDropTarget(layout, { x: layout.width + 100, y: l1!.y + 5 })).toBeUndefined();
  });
});

describe("stageDropIndex / laneDropIndex", () => {
  it("is the column or row under the point", () => {
    expect(stageDropIndex(layout, s2!.x + 1)).toBe(1);
    expect(laneDropIndex(layout, l2!.y + 1)).toBe(1);
  });

  it("clamps to the first before the start and the last past the end", () => {
    expect(stageDropIndex(layout, -500)).toBe(0);
    expect(stageDropIndex(layout, layout.width + 500)).toBe(2);
    expect(laneDropIndex(layout, -500)).toBe(0);
    expect(laneDropIndex(layout, layout.height + 500)).toBe(1);
  });
});

describe("touchpointDropTarget", () => {
  const withTouchpoints = layoutJourneyMap(
    {
      ...base,
      stages: [
        { id: "s1", name: "One" },
        { id: "s2", name: "Two" },
      ],
      lanes: [{ id: "lt", kind: "touchpoints", title: "Touchpoints" }],
      touchpoints: [
        { id: "t1", stageId: "s1", name: "Phone", channel: "phone" },
        { id: "t2", stageId: "s2", name: "Desk", channel: "in-store" },
        { id: "t3", stageId: "s2", name: "Form", channel: "web" },
      ],
    },
    { title: false },
  );
  const box = (id: string) => withTouchpoints.touchpoints.find((t) => t.id === id)!;
  const [one, two] = withTouchpoints.stages;

  it("lands in the stage under the point, after the other touchpoints above it", () => {
    const below = box("t3");
    expect(
      touchpointDropTarget(withTouchpoints, { x: two!.x + 10, y: below.y + below.height }, "t1"),
    ).toEqual({
      stageId: "s2",
      index: 2,
    });
    expect(touchpointDropTarget(withTouchpoints, { x: two!.x + 10, y: box("t2").y }, "t1")).toEqual({
      stageId: "s2",
      index: 0,
    });
  });

  it("does not count the dragged touchpoint: dropped below its neighbour, it goes after it", () => {
    const t3 = box("t3");
    expect(
      touchpointDropTarget(withTouchpoints, { x: two!.x + 10, y: t3.y + t3.height / 2 + 1 }, "t2"),
    ).toEqual({ stageId: "s2", index: 1 });
  });

  it("is forgiving in height, and undefined left or right of every stage", () => {
    expect(
      touchpointDropTarget(withTouchpoints, { x: one!.x + 5, y: withTouchpoints.height + 50 }, "t2"),
    ).toEqual({
      stageId: "s1",
      index: 1,
    });
    expect(touchpointDropTarget(withTouchpoints, { x: 5, y: box("t1").y }, "t1")).toBeUndefined();
    expect(touchpointDropTarget(withTouchpoints, { x: withTouchpoints.width + 100, y: 0 })).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { createJourneyMap } from "../records/journey-map.js";
import { layoutJourneyMap } from "./layout-journey-map.js";

const mono = (text: string) => text.length * 10;
const base = createJourneyMap({ id: "m", title: "Names", now: new Date("2026-01-01T00:00:00Z") });

describe("stage names", () => {
  it("keep a short name on one line with a one-line header", () => {
    const layout = layoutJourneyMap({ ...base, stages: [{ id: "s", name: "Order" }] }, { measureText: mono });
    expect(layout.stages[0]!.nameLines).toEqual(["Order"]);
  });

  it("wrap a long name to two lines, the second ending in an ellipsis, and make every header taller", () => {
    const long = "Researching the options and comparing prices across several shops before deciding";
    const one = layoutJourneyMap({ ...base, stages: [{ id: "s", name: "Order" }] }, { measureText: mono });
    const layout = layoutJourneyMap(
      {
        ...base,
        stages: [
          { id: "s", name: "Order" },
          { id: "t", name: long },
        ],
      },
      { measureText: mono },
    );
    const lines = layout.stages[1]!.nameLines;
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith("…")).toBe(true);
    expect(layout.stages[0]!.header.height).toBe(layout.stages[1]!.header.height);
    expect(layout.headerRow.height).toBeGreaterThan(one.headerRow.height);
  });
});

describe("touchpoint chips in a header", () => {
  const stages = [{ id: "s", name: "Order" }];
  const layout = layoutJourneyMap(
    {
      ...base,
      lanes: base.lanes.filter((l) => l.kind !== "touchpoints"),
      stages,
      touchpoints: [
        { id: "a", stageId: "s", name: "App", channel: "mobile-app" },
        {
          id: "b",
          stageId: "s",
          name: "Friends' recommendations on the school run",
          channel: "word-of-mouth",
        },
        { id: "c", stageId: "s", name: "Till", channel: "in-store" },
      ],
    },
    { measureText: mono, title: false },
  );
  const [a, b, c] = layout.stages[0]!.touchpoints;

  it("keep a short name on one line", () => {
    expect(a!.lines).toEqual(["App"]);
    expect(a!.height).toBe(22);
  });

  it("wrap a long name to two lines before cutting it, the chip as wide as the header and taller", () => {
    expect(b!.lines).toHaveLength(2);
    expect(b!.lines[0]).toBe("Friends'");
    expect(b!.lines[1]!.endsWith("…")).toBe(true);
    expect(b!.height).toBe(36);
    expect(b!.width).toBeLessThanOrEqual(layout.stages[0]!.width - 24);
  });

  it("start the next row under the tallest chip of the row before, inside the header", () => {
    expect(b!.y).toBeGreaterThanOrEqual(a!.y + a!.height);
    expect(c!.y).toBeGreaterThanOrEqual(b!.y + b!.height);
    const header = layout.stages[0]!.header;
    expect(c!.y + c!.height).toBeLessThanOrEqual(header.y + header.height);
  });
});

describe("the moments row", () => {
  const stage = { id: "s", name: "Order" };
  const moment = (id: string, title: string) => ({
    id,
    stageId: "s",
    title,
    kind: "FMOT" as const,
    importance: 3 as const,
  });
  const quotes = [
    { id: "q1", text: "Too slow.", stageId: "s" },
    { id: "q2", text: "Friendly.", stageId: "s" },
  ];

  it("wraps the label of a stage's only moment to two lines inside the row", () => {
    const layout = layoutJourneyMap(
      {
        ...base,
        stages: [stage],
        momentsOfTruth: [moment("m", "Service recovery by the manager on duty tonight")],
      },
      { measureText: mono, title: false },
    );
    const column = layout.stages[0]!;
    const label = column.momentLabel!;
    expect(label.lines).toHaveLength(2);
    expect(label.x).toBeGreaterThan(column.moments[0]!.cx + column.moments[0]!.radius);
    expect(label.x + label.width).toBeLessThanOrEqual(column.x + column.width);
    expect(label.y).toBeGreaterThanOrEqual(column.header.y);
    expect(label.y + label.height).toBeLessThanOrEqual(column.header.y + column.header.height);
  });

  it("has no label when a stage has several moments (each marker names its own)", () => {
    const layout = layoutJourneyMap(
      { ...base, stages: [stage], momentsOfTruth: [moment("m", "Greeted"), moment("n", "Seated")] },
      { measureText: mono, title: false },
    );
    expect(layout.stages[0]!.momentLabel).toBeUndefined();
  });

  it("holds a quotes button at its right with the stage's quote count, and the label stops before it", () => {
    const layout = layoutJourneyMap(
      {
        ...base,
        stages: [stage, { id: "t", name: "Pay" }],
        momentsOfTruth: [moment("m", "Service recovery by the manager on duty tonight")],
        quotes,
      },
      { measureText: mono, title: false },
    );
    const [column, other] = layout.stages;
    const button = column!.quotes!;
    expect(button).toMatchObject({ count: 2, text: "2 quotes" });
    expect(button.x + button.width).toBeLessThanOrEqual(column!.x + column!.width);
    expect(column!.momentLabel!.x + column!.momentLabel!.width).toBeLessThanOrEqual(button.x);
    expect(button.y).toBeGreaterThanOrEqual(column!.header.y);
    expect(button.y + button.height).toBeLessThanOrEqual(column!.header.y + column!.header.height);
    expect(other!.quotes).toBeUndefined();
  });

  it("is there for quotes alone, and not at all without moments or quotes", () => {
    const none = layoutJourneyMap({ ...base, stages: [stage] }, { measureText: mono, title: false });
    const withQuotes = layoutJourneyMap(
      { ...base, stages: [stage], quotes },
      { measureText: mono, title: false },
    );
    expect(withQuotes.headerRow.height).toBe(none.headerRow.height + 30);
    expect(withQuotes.stages[0]!.quotes?.count).toBe(2);
  });

  it("moves the quotes button to a row of its own when the markers would reach it", () => {
    const many = ["a", "b", "c", "d", "e", "f"].map((id) => ({ ...moment(id, id), importance: 5 as const }));
    const layout = layoutJourneyMap(
      { ...base, stages: [stage], momentsOfTruth: many, quotes },
      { measureText: mono, title: false },
    );
    const column = layout.stages[0]!;
    const button = column.quotes!;
    const lowest = Math.max(...column.moments.map((m) => m.cy + m.radius));
    expect(button.y).toBeGreaterThanOrEqual(lowest);
    expect(button.y + button.height).toBeLessThanOrEqual(column.header.y + column.header.height);
  });
});

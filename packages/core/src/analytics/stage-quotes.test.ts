import { describe, expect, it } from "vitest";
import { quotesByStage, stageQuotes } from "./stage-quotes.js";

const map = {
  touchpoints: [{ id: "t1", stageId: "s2", name: "Till", channel: "in-store" as const }],
  quotes: [
    { id: "q1", text: "Slow queue.", stageId: "s1" },
    { id: "q2", text: "The till was broken.", touchpointId: "t1" },
    { id: "q3", text: "Nice staff.", stageId: "s1", touchpointId: "t1" },
    { id: "q4", text: "No place at all." },
    { id: "q5", text: "Touchpoint since deleted.", touchpointId: "gone" },
  ],
};

describe("stageQuotes", () => {
  it("lists a stage's quotes in document order, its stageId before its touchpoint's stage", () => {
    expect(stageQuotes(map, "s1").map((q) => q.id)).toEqual(["q1", "q3"]);
  });

  it("places a quote that names only a touchpoint at that touchpoint's stage", () => {
    expect(stageQuotes(map, "s2").map((q) => q.id)).toEqual(["q2"]);
  });

  it("leaves out quotes that reach no stage", () => {
    const all = [...quotesByStage(map).values()].flat().map((q) => q.id);
    expect(all).not.toContain("q4");
    expect(all).not.toContain("q5");
    expect(stageQuotes(map, "s3")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { problemReport } from "./problem-report.js";

const issues = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ path: `cards[${i}].stageId`, message: "gone" }));

describe("problemReport", () => {
  it("is one line for a single problem, a document-level one without a path too", () => {
    expect(problemReport("m.json", issues(1))).toEqual(["m.json: cards[0].stageId: gone"]);
    expect(problemReport("m.json", [{ path: "", message: "not a PNG file" }])).toEqual([
      "m.json: not a PNG file",
    ]);
  });

  it("lists every problem up to the cap, then the total, with no '… and 0 more'", () => {
    expect(problemReport("m.json", issues(3), 3, 3)).toEqual([
      "m.json: cards[0].stageId: gone",
      "m.json: cards[1].stageId: gone",
      "m.json: cards[2].stageId: gone",
      "m.json: 3 problems",
    ]);
  });

  it("summarizes what is past the cap, counting problems the parser did not list", () => {
    expect(problemReport("m.json", issues(4), 1000, 2)).toEqual([
      "m.json: cards[0].stageId: gone",
      "m.json: cards[1].stageId: gone",
      "m.json: … and 998 more",
      "m.json: 1000 problems",
    ]);
  });
});
